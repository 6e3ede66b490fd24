package com.nyfacialparalysis.accounts;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.nyfacialparalysis.system.CookieJar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Signs a member of staff in the way a person does, through both steps: the password,
 * then a code from their authenticator app. The first time, the app is set up from the
 * key the setup page shows; after that, the tests' app is given the account's key from
 * the database (decrypted with the site's key, as a phone would simply hold it).
 */
final class TestSignIn {

	private final JdbcTemplate jdbc;

	private final TwoFactorSecrets secrets;

	private final Clock clock;

	/** On the real time (two applications started by the test itself). */
	TestSignIn(JdbcTemplate jdbc, TwoFactorSecrets secrets) {
		this(jdbc, secrets, Clock.systemUTC());
	}

	/**
	 * On the site's clock: the tests' {@link AuthenticatorApp} moves it on to a new step
	 * rather than wait for one.
	 */
	TestSignIn(JdbcTemplate jdbc, TwoFactorSecrets secrets, Clock clock) {
		this.jdbc = jdbc;
		this.secrets = secrets;
		this.clock = clock;
	}

	/** Both steps in a MockMvc browser; returns where the code step led. */
	String withMockMvc(MockMvc mvc, CookieJar browser, String username, String password) throws Exception {
		MvcResult passwordStep = mvc.perform(
				post("/staff/login").param("username", username).param("password", password).with(csrf()).with(browser))
			.andDo(browser)
			.andReturn();
		assertThat(passwordStep.getResponse().getRedirectedUrl()).as("password step for %s", username)
			.isEqualTo("/staff/two-factor");
		Document codePage = Jsoup.parse(mvc.perform(get("/staff/two-factor").with(browser))
			.andDo(browser)
			.andReturn()
			.getResponse()
			.getContentAsString());
		String code = appFor(username, codePage).nextCode(lastUsedStep(username));
		MvcResult codeStep = mvc.perform(post("/staff/two-factor").param("code", code).with(csrf()).with(browser))
			.andDo(browser)
			.andReturn();
		assertThat(codeStep.getResponse().getStatus()).isEqualTo(303);
		assertThat(codeStep.getResponse().getRedirectedUrl()).as("code step for %s", username)
			.isIn("/staff/requests", "/staff/content", "/staff/two-factor/recovery-codes");
		return codeStep.getResponse().getRedirectedUrl();
	}

	/** Both steps over real HTTP; returns where the code step led. */
	String withHttp(StaffHttp browser, String username, String password) throws Exception {
		HttpResponse<String> passwordStep = browser.signInWithPassword(username, password);
		assertThat(StaffHttp.location(passwordStep)).as("password step for %s", username).endsWith("/staff/two-factor");
		Document codePage = browser.page("/staff/two-factor");
		String code = appFor(username, codePage).nextCode(lastUsedStep(username));
		HttpResponse<String> codeStep = browser.submit("/staff/two-factor", "/staff/two-factor", Map.of("code", code));
		assertThat(codeStep.statusCode()).isEqualTo(303);
		String next = StaffHttp.location(codeStep);
		assertThat(next).as("code step for %s", username)
			.containsAnyOf("/staff/requests", "/staff/content", "/staff/two-factor/recovery-codes");
		return next;
	}

	/**
	 * The app on this person's phone: set up from the page, or holding the key already.
	 */
	AuthenticatorApp appFor(String username, Document codePage) {
		String shownKey = codePage.select("#secret-key").text();
		return new AuthenticatorApp(shownKey.isEmpty() ? keyOf(username) : shownKey, this.clock);
	}

	/** The account's key, from the database. */
	String keyOf(String username) {
		String sealed = this.jdbc.queryForObject("select f.secret from staff_second_factors f "
				+ "join staff_accounts a on a.id = f.account_id where a.username = ?", String.class, username);
		return SetupKey.of(this.secrets.open(sealed));
	}

	/**
	 * The step of the last code the site accepted for the account (none: a very early
	 * one).
	 */
	long lastUsedStep(String username) {
		Long step = this.jdbc.query(
				"select f.last_used_step from staff_second_factors f "
						+ "join staff_accounts a on a.id = f.account_id where a.username = ?",
				(rs) -> rs.next() ? rs.getLong(1) : null, username);
		return (step != null) ? step : Long.MIN_VALUE;
	}

}
