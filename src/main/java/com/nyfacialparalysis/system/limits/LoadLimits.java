package com.nyfacialparalysis.system.limits;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * What keeps the site up under a flood, beside Tomcat's own limits (application.yml): the
 * waiting line for requests that need real work, and the cap on live sessions.
 */
@Configuration(proxyBeanMethods = false)
class LoadLimits {

	/**
	 * After the rendered-page cache (pages from memory never wait) and the refusal of
	 * oversized forms (refused without waiting), before everything else.
	 */
	@Bean
	FilterRegistrationBean<WaitingLine> waitingLine(WaitingLineProperties properties, Clock clock,
			MeterRegistry metrics) {
		FilterRegistrationBean<WaitingLine> registration = new FilterRegistrationBean<>(
				new WaitingLine(properties, clock, metrics));
		registration.addUrlPatterns("/*");
		registration.setName("waitingLine");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
		return registration;
	}

	/**
	 * The cap on live sessions, just inside Spring Session's filter (so it sees whether
	 * the request has a session) and before Spring Security's (which may ask for one).
	 */
	@Bean
	FilterRegistrationBean<LiveSessionCap> liveSessionCap(JdbcTemplate jdbc, SessionProperties properties, Clock clock,
			MeterRegistry metrics) {
		FilterRegistrationBean<LiveSessionCap> registration = new FilterRegistrationBean<>(
				new LiveSessionCap(jdbc, properties, clock, metrics));
		registration.addUrlPatterns("/*");
		registration.setName("liveSessionCap");
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
		return registration;
	}

}
