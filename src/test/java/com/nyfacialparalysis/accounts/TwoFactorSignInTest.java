package com.nyfacialparalysis.accounts;

import java.util.EnumSet;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.nyfacialparalysis.system.CookieJar;
import com.nyfacialparalysis.testsupport.SettableClock;
import com.nyfacialparalysis.testsupport.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two-factor sign-in as staff meet it: setting up the app at the first sign-in with the
 * site's own QR code, ten recovery codes shown once, a code accepted once, recovery codes
 * used once and replaced by a new set, wrong codes throttled, an administrator's reset,
 * every step in the audit log, and a clinician who does not handle requests led to the
 * Content screen instead. It runs on the shared site ({@link SiteTest}), so its people
 * have names no other test gives anyone.
 */
@SiteTest
class TwoFactorSignInTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TwoFactorSecrets secrets;

	@Autowired
	SettableClock clock;

	@Test
	void theFirstSignInSetsUpTheAppWithTheSitesOwnQrCodeAndShowsTenRecoveryCodesOnce() throws Exception {
		account("sue");
		CookieJar browser = new CookieJar();
		password(browser, "sue");
		Document setup = page(this.mvc.perform(get("/staff/two-factor").with(browser)).andDo(browser).andReturn());
		assertThat(setup.title()).contains("Set up two-factor sign-in");
		String key = setup.select("#secret-key").text();
		assertThat(key).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
		String qrCode = setup.select("img.qr-code").attr("src");
		assertThat(qrCode).startsWith("data:image/svg+xml;base64,");
		assertThat(QrCodeReading.read(qrCode)).isEqualTo("otpauth://totp/NYFP:sue?secret=" + key.replace(" ", "")
				+ "&issuer=NYFP&algorithm=SHA1&digits=6&period=30");
		assertThat(setup.select("[src^=http], [href^=http]")).as("nothing from another site").isEmpty();
		assertThat(setup.select(".staff-bar")).as("no desk before the code").isEmpty();

		this.mvc.perform(post("/staff/two-factor").param("code", "000000").with(csrf()).with(browser))
			.andExpect(redirectedUrl("/staff/two-factor?error"))
			.andDo(browser);
		Document wrong = page(
				this.mvc.perform(get("/staff/two-factor").param("error", "").with(browser)).andDo(browser).andReturn());
		assertThat(wrong.select(".error-summary a[href=#code]").text()).contains("not right");
		assertThat(wrong.select("#secret-key").text()).as("the same key as before").isEqualTo(key);

		AuthenticatorApp app = new AuthenticatorApp(key, this.clock);
		this.mvc.perform(post("/staff/two-factor").param("code", app.nextCode()).with(csrf()).with(browser))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/staff/two-factor/recovery-codes"))
			.andDo(browser);
		Document shown = page(
				this.mvc.perform(get("/staff/two-factor/recovery-codes").with(browser)).andDo(browser).andReturn());
		List<String> codes = shown.select(".recovery-codes li").eachText();
		assertThat(codes).hasSize(10)
			.allMatch((code) -> code.matches("[a-z2-9]{5}-[a-z2-9]{5}"))
			.doesNotHaveDuplicates();
		Document again = page(
				this.mvc.perform(get("/staff/two-factor/recovery-codes").with(browser)).andDo(browser).andReturn());
		assertThat(again.select(".recovery-codes li")).as("shown once").isEmpty();
		assertThat(again.text()).contains("You have 10 unused recovery codes");
		this.mvc.perform(get("/staff/requests").with(browser)).andExpect(status().isOk());

		String stored = String.join(" ",
				this.jdbc.queryForList("select code_hash from staff_recovery_codes", String.class));
		codes.forEach((code) -> assertThat(stored).doesNotContain(code).doesNotContain(code.replace("-", "")));
		assertThat(this.jdbc.queryForObject("select f.secret from staff_second_factors f join staff_accounts a "
				+ "on a.id = f.account_id where a.username = 'sue'", String.class))
			.doesNotContain(key.replace(" ", ""));
		assertThat(audit("sue")).contains("PASSWORD_ACCEPTED", "TWO_FACTOR_CODE_REFUSED", "TWO_FACTOR_SET_UP",
				"RECOVERY_CODES_RENEWED", "SIGNED_IN");
	}

	@Test
	void aCodeIsAcceptedOnceAndRefusedWhenReplayed() throws Exception {
		account("ray");
		signIn().withMockMvc(this.mvc, new CookieJar(), "ray", password("ray"));
		AuthenticatorApp app = new AuthenticatorApp(signIn().keyOf("ray"), this.clock);
		CookieJar first = new CookieJar();
		password(first, "ray");
		String code = app.nextCode(signIn().lastUsedStep("ray"));
		this.mvc.perform(post("/staff/two-factor").param("code", code).with(csrf()).with(first))
			.andExpect(redirectedUrl("/staff/requests"));
		CookieJar second = new CookieJar();
		password(second, "ray");
		this.mvc.perform(post("/staff/two-factor").param("code", code).with(csrf()).with(second))
			.andExpect(redirectedUrl("/staff/two-factor?error"))
			.andDo(second);
		this.mvc.perform(get("/staff/requests").with(second)).andExpect(redirectedUrl("/staff/two-factor"));
		assertThat(this.jdbc.queryForList(
				"select detail from audit_events where actor = 'ray' " + "and action = 'TWO_FACTOR_CODE_REFUSED'",
				String.class))
			.contains("code already used");
	}

	@Test
	void aRecoveryCodeSignsInOnceAndANewSetEndsTheOldOne() throws Exception {
		account("rob");
		List<String> codes = setUp("rob");
		CookieJar lostPhone = new CookieJar();
		password(lostPhone, "rob");
		Document recoveryPage = page(this.mvc.perform(get("/staff/two-factor").param("recovery", "").with(lostPhone))
			.andDo(lostPhone)
			.andReturn());
		assertThat(recoveryPage.select("#recoveryCode")).hasSize(1);
		this.mvc
			.perform(post("/staff/two-factor").param("recoveryCode", codes.get(0).toUpperCase())
				.with(csrf())
				.with(lostPhone))
			.andExpect(redirectedUrl("/staff/requests"))
			.andDo(lostPhone);
		this.mvc.perform(get("/staff/requests").with(lostPhone)).andExpect(status().isOk());

		CookieJar again = new CookieJar();
		password(again, "rob");
		this.mvc.perform(post("/staff/two-factor").param("recoveryCode", codes.get(0)).with(csrf()).with(again))
			.andExpect(redirectedUrl("/staff/two-factor?error&recovery"));

		this.mvc.perform(post("/staff/two-factor/recovery-codes").with(csrf()).with(lostPhone))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/staff/two-factor/recovery-codes"));
		List<String> fresh = page(
				this.mvc.perform(get("/staff/two-factor/recovery-codes").with(lostPhone)).andDo(lostPhone).andReturn())
			.select(".recovery-codes li")
			.eachText();
		assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(codes);
		this.mvc.perform(post("/staff/two-factor").param("recoveryCode", codes.get(1)).with(csrf()).with(again))
			.andExpect(redirectedUrl("/staff/two-factor?error&recovery"));
		this.mvc.perform(post("/staff/two-factor").param("recoveryCode", fresh.get(0)).with(csrf()).with(again))
			.andExpect(redirectedUrl("/staff/requests"));
		assertThat(audit("rob")).contains("RECOVERY_CODE_USED", "RECOVERY_CODES_RENEWED");
		assertThat(this.jdbc.queryForList(
				"select detail from audit_events where actor = 'rob' " + "and action = 'SIGNED_IN'", String.class))
			.contains("with a recovery code");
	}

	@Test
	void wrongCodesAreThrottledLikePasswords() throws Exception {
		account("wes");
		setUp("wes");
		CookieJar guesser = new CookieJar();
		password(guesser, "wes");
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(post("/staff/two-factor").param("code", "00000" + i).with(csrf()).with(guesser))
				.andExpect(redirectedUrl("/staff/two-factor?error"));
		}
		AuthenticatorApp app = new AuthenticatorApp(signIn().keyOf("wes"), this.clock);
		this.mvc
			.perform(post("/staff/two-factor").param("code", app.nextCode(signIn().lastUsedStep("wes")))
				.with(csrf())
				.with(guesser))
			.andExpect(redirectedUrl("/staff/two-factor?refused"));
		this.mvc.perform(post("/staff/two-factor").param("recoveryCode", "abcde-fghjk").with(csrf()).with(guesser))
			.andExpect(redirectedUrl("/staff/two-factor?refused&recovery"));
		Document refused = page(this.mvc.perform(get("/staff/two-factor").param("refused", "").with(guesser))
			.andDo(guesser)
			.andReturn());
		assertThat(refused.select(".error-summary").text()).contains("Too many wrong codes");
		assertThat(this.jdbc.queryForList(
				"select detail from audit_events where actor = 'wes' " + "and action = 'SIGN_IN_REFUSED'",
				String.class))
			.contains("too many wrong codes");
	}

	@Test
	void anAdministratorResetsSomeonesSecondFactorAndTheyAreSignedOutAndSetUpAgain() throws Exception {
		account("lou");
		setUp("lou");
		String oldKey = signIn().keyOf("lou");
		CookieJar lou = new CookieJar();
		signIn().withMockMvc(this.mvc, lou, "lou", password("lou"));
		this.mvc.perform(get("/staff/requests").with(lou)).andExpect(status().isOk());
		Long id = this.jdbc.queryForObject("select id from staff_accounts where username = 'lou'", Long.class);

		Document accountsPage = page(
				this.mvc.perform(get("/staff/accounts").with(StaffTestUsers.signedIn("boss", Role.ADMIN))).andReturn());
		assertThat(accountsPage.select("form[action=/staff/accounts/" + id + "/two-factor] button").text())
			.contains("Reset two-factor sign-in for lou");
		this.mvc
			.perform(post("/staff/accounts/" + id + "/two-factor").with(StaffTestUsers.signedIn("boss", Role.ADMIN))
				.with(csrf()))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/staff/accounts"));

		MvcResult after = this.mvc.perform(get("/staff/requests").with(lou)).andReturn();
		assertThat(after.getResponse().getRedirectedUrl()).as("lou's session was ended").startsWith("/staff/login");
		CookieJar again = new CookieJar();
		password(again, "lou");
		Document setup = page(this.mvc.perform(get("/staff/two-factor").with(again)).andDo(again).andReturn());
		assertThat(setup.select("#secret-key").text()).isNotBlank().isNotEqualTo(SetupKey.grouped(oldKey));
		assertThat(this.jdbc.queryForObject("select count(*) from staff_recovery_codes where account_id = ?",
				Integer.class, id))
			.isZero();
		assertThat(audit("boss")).contains("TWO_FACTOR_RESET");
		assertThat(audit("lou")).contains("SESSIONS_ENDED");
	}

	@Test
	void aClinicianWhoDoesNotHandleRequestsStartsAtTheContentScreenAndNeverSeesARequest() throws Exception {
		long id = this.accounts.create("cleo", "Cleo Chan", EnumSet.of(Role.CLINICIAN), "cleo-password-12345").getId();
		this.accounts.changeDetails(id, EnumSet.of(Role.CLINICIAN), "Cleo Chan, MD", null, "boss", null);
		CookieJar browser = new CookieJar();
		String first = signIn().withMockMvc(this.mvc, browser, "cleo", "cleo-password-12345");
		assertThat(first).as("the first sign-in shows the recovery codes")
			.isEqualTo("/staff/two-factor/recovery-codes");
		Document codes = Jsoup.parse(this.mvc.perform(get(first).with(browser))
			.andDo(browser)
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(codes.select("main a.button").attr("href")).isEqualTo("/staff/content");
		Document content = Jsoup.parse(this.mvc.perform(get("/staff/content").with(browser))
			.andDo(browser)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(content.select(".staff-bar a[href=/staff/requests]")).as("no Requests link").isEmpty();
		assertThat(content.select(".staff-bar a[href=/staff/content]")).hasSize(1);
		this.mvc.perform(get("/staff/requests").with(browser)).andExpect(status().isForbidden());
		this.mvc.perform(get("/staff/requests/export.csv").with(browser)).andExpect(status().isForbidden());
		this.mvc.perform(get("/staff").with(browser)).andExpect(redirectedUrl("/staff/content"));
	}

	/** Sets up the app for a new account; returns its recovery codes. */
	private List<String> setUp(String username) throws Exception {
		CookieJar browser = new CookieJar();
		signIn().withMockMvc(this.mvc, browser, username, password(username));
		return page(this.mvc.perform(get("/staff/two-factor/recovery-codes").with(browser)).andDo(browser).andReturn())
			.select(".recovery-codes li")
			.eachText();
	}

	private void password(CookieJar browser, String username) throws Exception {
		this.mvc
			.perform(post("/staff/login").param("username", username)
				.param("password", password(username))
				.with(csrf())
				.with(browser))
			.andExpect(redirectedUrl("/staff/two-factor"))
			.andDo(browser);
	}

	private void account(String username) {
		this.accounts.create(username, username, EnumSet.of(Role.STAFF), password(username));
	}

	private static String password(String username) {
		return username + "-password-123";
	}

	private TestSignIn signIn() {
		return new TestSignIn(this.jdbc, this.secrets, this.clock);
	}

	private List<String> audit(String actor) {
		return this.jdbc.queryForList("select action from audit_events where actor = ?", String.class, actor);
	}

	private static Document page(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

}
