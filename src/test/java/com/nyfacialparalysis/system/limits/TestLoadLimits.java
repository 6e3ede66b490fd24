package com.nyfacialparalysis.system.limits;

import java.time.Clock;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.test.util.ReflectionTestUtils;

import com.nyfacialparalysis.testsupport.SiteSettings;
import com.nyfacialparalysis.testsupport.SiteTest;

/**
 * The load limits of the shared site ({@link SiteTest}) set low for one test of another
 * module, through {@link SiteSettings} (back as they were after the test), without making
 * the limits' own classes public. Each also starts what it limits afresh, as on a site
 * just started: the test profile's limits are too high for the tests before to have been
 * limited, but the tests before did sign in and keep sessions.
 */
@Component
public class TestLoadLimits {

	private final ApplicationContext site;

	TestLoadLimits(ApplicationContext site) {
		this.site = site;
	}

	/**
	 * At most {@code inWindow} staff sign-ins from one client address within the usual
	 * window, and {@code atOnce} of them in the line at once; no sign-in counted yet.
	 */
	public void signInsPerAddress(int inWindow, int atOnce) {
		WaitingLine line = filter("waitingLine", WaitingLine.class);
		WaitingLineProperties usual = (WaitingLineProperties) ReflectionTestUtils.getField(line, "properties");
		settings().set(line, "properties", new WaitingLineProperties(usual.atOnce(), usual.signInsAtOnce(),
				usual.maxWait(), inWindow, usual.signInsPerAddressWindow(), atOnce));
		this.site.getBean(JdbcTemplate.class)
			.update("delete from recent_attempts where kind = ?", WaitingLine.SIGN_IN_KIND);
	}

	/**
	 * At most {@code max} live sessions; none live yet (every session of the tests before
	 * is deleted), and no count of them remembered.
	 */
	public void maxLiveSessions(int max) {
		LiveSessionCap cap = filter("liveSessionCap", LiveSessionCap.class);
		SessionProperties usual = (SessionProperties) ReflectionTestUtils.getField(cap, "properties");
		JdbcTemplate jdbc = this.site.getBean(JdbcTemplate.class);
		settings().set(cap, "properties", new SessionProperties(max, usual.retryAfter()));
		// The cap remembers a "full" count for a second: start from a new cap's count.
		LiveSessionCap justMade = new LiveSessionCap(jdbc, usual, this.site.getBean(Clock.class),
				new SimpleMeterRegistry());
		settings().set(cap, "lastCount", ReflectionTestUtils.getField(justMade, "lastCount"));
		jdbc.update("delete from spring_session");
	}

	private SiteSettings settings() {
		return this.site.getBean(SiteSettings.class);
	}

	/** The filter registered by the bean of that name ({@link LoadLimits}). */
	private <F> F filter(String name, Class<F> type) {
		return type.cast(this.site.getBean(name, FilterRegistrationBean.class).getFilter());
	}

}
