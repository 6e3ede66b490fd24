package com.nyfacialparalysis.accounts;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.nyfacialparalysis.accounts.passkeys.TestAuthenticator;
import com.nyfacialparalysis.system.CookieJar;
import com.nyfacialparalysis.testsupport.SettableClock;
import com.nyfacialparalysis.testsupport.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Passkeys as staff meet them, over MockMvc with an authenticator in the test
 * ({@link TestAuthenticator}): added from the Passkeys page in two steps (the password
 * and a code again, and only then the passkey: no confirmation, a stale one, one used
 * already, or one from another session or account, and the browser gets nothing to make a
 * passkey with and nothing is kept), listed, used alone to sign in, removed and refused
 * afterwards; refused without user verification or from another origin; gone with a
 * disabled account or a reset; and the requirement for administrators. The shared site's
 * public address is https://www.example-clinic.test, so that is the relying party and the
 * only origin.
 */
@SiteTest
class PasskeysTest {

	static final String ORIGIN = "https://www.example-clinic.test";

	static final String RP_ID = "www.example-clinic.test";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	SecondFactors secondFactors;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TwoFactorSecrets secrets;

	@Autowired
	SettableClock clock;

	@Test
	void theSignInPageOffersAPasskeyAndThePasswordPageLinksToThePasskeys() throws Exception {
		Document login = page(this.mvc.perform(get("/staff/login")).andReturn());
		assertThat(login.select("[data-passkey-sign-in]").attr("data-options"))
			.isEqualTo("/staff/login/passkey/options");
		assertThat(login.select("[data-passkey-sign-in] button").text()).isEqualTo("Sign in with a passkey");
		assertThat(login.select("script[src^='/assets/js/passkeys-']")).hasSize(1);
		account("paz", Role.STAFF);
		CookieJar browser = signedIn("paz");
		MvcResult passwordPage = this.mvc.perform(get("/staff/password").with(browser)).andReturn();
		assertThat(passwordPage.getResponse().getStatus()).isEqualTo(200);
		assertThat(page(passwordPage).select("a[href='/staff/passkeys']"))

			.hasSize(1);
	}

	@Test
	void aReceptionistAddsAPasskeySignsInWithItAloneRemovesItAndIsThenRefused() throws Exception {
		account("pia", Role.STAFF);
		CookieJar browser = signedIn("pia");
		Document firstStep = page(
				this.mvc.perform(get("/staff/passkeys").with(browser)).andExpect(status().isOk()).andReturn());
		assertThat(firstStep.select("main").text()).contains("You have no passkeys yet.");
		assertThat(firstStep.select("form#add-passkey[action='/staff/passkeys/confirm']")).hasSize(1);
		assertThat(firstStep.select("label[for=password]").text()).isEqualTo("Your password");
		assertNeedsScriptAsTheBrowserShowsIt(firstStep, "#add-passkey");

		confirm(browser, "pia", "My phone");
		Document secondStep = page(this.mvc.perform(get("/staff/passkeys").with(browser)).andReturn());
		assertThat(secondStep.select("#create-passkey").text()).contains("The passkey will be called “My phone”",
				"Do it within 5 minutes");
		assertThat(secondStep.select("[data-passkey-add] button").text()).isEqualTo("Create the passkey");
		assertThat(secondStep.select("#password")).as("the first step is done").isEmpty();
		assertNeedsScriptAsTheBrowserShowsIt(secondStep, "#create-passkey");

		TestAuthenticator phone = new TestAuthenticator(RP_ID);
		String options = creationOptions(browser);
		Map<?, ?> parsed = JSON.readValue(options, Map.class);
		assertThat(((Map<?, ?>) parsed.get("rp")).get("id")).isEqualTo(RP_ID);
		assertThat(((Map<?, ?>) parsed.get("authenticatorSelection")).get("userVerification")).isEqualTo("required");
		register(browser, phone.create(options, ORIGIN, true)).andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/staff/passkeys"))
			.andDo(browser);
		Document list = page(this.mvc.perform(get("/staff/passkeys").with(browser)).andReturn());
		assertThat(list.select("table.passkeys tbody tr")).hasSize(1);
		assertThat(list.select("table.passkeys tbody").text()).contains("My phone", "Not used yet");
		assertThat(audited("pia", "PASSKEY_ADDED")).containsExactly("My phone");

		CookieJar later = new CookieJar();
		MvcResult signIn = signInWithPasskey(later, phone, ORIGIN, true);
		assertThat(signIn.getResponse().getStatus()).isEqualTo(200);
		assertThat(signIn.getResponse().getContentAsString()).contains("\"authenticated\":true",
				"\"redirectUrl\":\"/staff\"");
		this.mvc.perform(get("/staff/requests").with(later)).andExpect(status().isOk());
		assertThat(audited("pia", "PASSKEY_USED")).containsExactly("My phone");
		assertThat(audited("pia", "SIGNED_IN")).contains("with a passkey");
		assertThat(
				page(this.mvc.perform(get("/staff/passkeys").with(later)).andReturn()).select("table.passkeys").text())
			.doesNotContain("Not used yet");

		this.mvc.perform(post("/staff/passkeys/{id}/remove", phone.credentialId()).with(csrf()).with(later))
			.andExpect(status().isSeeOther())
			.andDo(later);
		assertThat(audited("pia", "PASSKEY_REMOVED")).containsExactly("My phone");
		assertThat(signInWithPasskey(new CookieJar(), phone, ORIGIN, true).getResponse().getStatus()).isEqualTo(401);
	}

	@Test
	void aBrowserSignedInWithAPasskeyIsKnownAndTheAccountsScreenCountsPasskeys() throws Exception {
		account("pedro", Role.STAFF);
		TestAuthenticator phone = addPasskey(signedIn("pedro"), "pedro", "Pedro's phone");
		account("pamela", Role.ADMIN);
		Document accounts = page(this.mvc.perform(get("/staff/accounts").with(signedIn("pamela"))).andReturn());
		assertThat(accounts.select("tbody tr:has(td:matchesOwn(^pedro$))").text()).contains("1 passkey");
		assertThat(accounts.select("tbody tr:has(td:matchesOwn(^pamela$))").text()).contains("No passkey");
		CookieJar phoneBrowser = new CookieJar();
		assertThat(signInWithPasskey(phoneBrowser, phone, ORIGIN, true).getResponse().getStatus()).isEqualTo(200);
		this.mvc.perform(post("/staff/logout").with(csrf()).with(phoneBrowser)).andDo(phoneBrowser);

		for (int i = 0; i < 5; i++) {
			this.mvc.perform(passwordFrom("10.9.8." + i, "pedro", "guess-" + i))
				.andExpect(redirectedUrl("/staff/login?error"));
		}
		// The right password from yet another browser is refused unchecked: the account
		// is locked for new ones.
		this.mvc.perform(passwordFrom("10.9.8.6", "pedro", password("pedro")))
			.andExpect(redirectedUrl("/staff/login?refused"));
		this.mvc.perform(passwordFrom("10.9.8.7", "pedro", password("pedro")).with(phoneBrowser))
			.andExpect(redirectedUrl("/staff/two-factor"));
	}

	private MockHttpServletRequestBuilder passwordFrom(String address, String username, String password) {
		return post("/staff/login").param("username", username)
			.param("password", password)
			.with(csrf())
			.with((request) -> {
				request.setRemoteAddr(address);
				return request;
			});
	}

	@Test
	void aWrongPasswordOrCodeGivesTheBrowserNothingToMakeAPasskeyWithAndSaysWhichIsWrong() throws Exception {
		account("pax", Role.STAFF);
		CookieJar browser = signedIn("pax");
		Document wrongPassword = page(
				firstStep(browser, "Security key", "not-the-password", "123456").andExpect(status().isOk())
					.andReturn());
		assertThat(wrongPassword.title()).startsWith("Error:");
		assertThat(wrongPassword.select(".error-summary a[href='#password']").text())
			.isEqualTo("Your password is not right.");
		assertThat(wrongPassword.select("#name").val()).isEqualTo("Security key");
		assertThat(wrongPassword.select("#password").val()).isEmpty();
		assertThat(wrongPassword.select("#create-passkey")).as("no second step").isEmpty();
		optionsRefused(browser);

		Document wrongCode = page(firstStep(browser, "Security key", password("pax"), "000000").andReturn());
		assertThat(wrongCode.select(".error-summary a[href='#code']").text()).contains("That code is not right");
		assertThat(wrongCode.select("#create-passkey")).isEmpty();
		optionsRefused(browser);

		Document noName = page(firstStep(browser, " ", password("pax"), code("pax")).andReturn());
		assertThat(noName.select(".error-summary").text()).contains("Enter a name for the passkey");
		optionsRefused(browser);
		assertThat(page(this.mvc.perform(get("/staff/passkeys").with(browser)).andReturn()).select("main").text())
			.contains("You have no passkeys yet.");
		assertThat(audited("pax", "SIGN_IN_FAILED")).contains("password not right when confirming");
		assertThat(audited("pax", "TWO_FACTOR_CODE_REFUSED")).contains("code not right when confirming");
	}

	@Test
	void wrongAnswersAtTheFirstStepCountTowardsTheLockOutAsBefore() throws Exception {
		account("cosima", Role.STAFF);
		CookieJar browser = signedIn("cosima");
		for (int i = 0; i < 4; i++) {
			firstStep(browser, "Laptop", "guess-" + i, code("cosima")).andExpect(status().isOk());
		}
		firstStep(browser, "Laptop", password("cosima"), "000000").andExpect(status().isOk());
		Document refused = page(
				firstStep(browser, "Laptop", password("cosima"), code("cosima")).andExpect(status().isOk())
					.andReturn());
		assertThat(refused.select(".error-summary").text()).contains("Too many wrong tries");
		optionsRefused(browser);
		assertThat(audited("cosima", "SIGN_IN_REFUSED")).contains("too many wrong confirmations");
	}

	@Test
	void withoutAConfirmationNothingIsMadeOrKept() throws Exception {
		account("conor", Role.STAFF);
		CookieJar browser = signedIn("conor");
		optionsRefused(browser);
		Document refused = page(
				register(browser, "{\"id\":\"made-without-asking\"}").andExpect(status().isOk()).andReturn());
		assertThat(refused.title()).startsWith("Error:");
		assertThat(refused.select(".error-summary a[href='#password']").text()).startsWith("First confirm it is you");
		assertThat(refused.select("#password")).as("back at the first step").hasSize(1);

		// Confirmed, then "Start again": the browser gets nothing more, and nothing is
		// kept.
		confirm(browser, "conor", "Conor's phone");
		TestAuthenticator phone = new TestAuthenticator(RP_ID);
		String options = creationOptions(browser);
		this.mvc.perform(post("/staff/passkeys/cancel").with(csrf()).with(browser))
			.andExpect(status().isSeeOther())
			.andDo(browser);
		optionsRefused(browser);
		assertThat(page(register(browser, phone.create(options, ORIGIN, true)).andReturn()).select(".error-summary")
			.text()).contains("First confirm it is you");
		assertThat(passkeysOf("conor")).isZero();
	}

	@Test
	void aConfirmationRunsOutAfterFiveMinutes() throws Exception {
		account("cyra", Role.STAFF);
		CookieJar browser = signedIn("cyra");
		this.clock.set(this.clock.instant());
		confirm(browser, "cyra", "Cyra's key");
		this.clock.moveOn(Duration.ofMinutes(4));
		TestAuthenticator key = new TestAuthenticator(RP_ID);
		String options = creationOptions(browser);
		String made = key.create(options, ORIGIN, true);
		this.clock.moveOn(Duration.ofMinutes(1).plusSeconds(1));
		Document late = page(register(browser, made).andExpect(status().isOk()).andReturn());
		assertThat(late.select(".error-summary").text()).contains("First confirm it is you");
		assertThat(late.select("#name").val()).as("the name is asked again").isEmpty();
		assertThat(passkeysOf("cyra")).isZero();
		optionsRefused(browser);

		this.clock.moveOn(Duration.ofMinutes(1));
		confirm(browser, "cyra", "Cyra's key");
		this.clock.moveOn(Duration.ofMinutes(5).plusSeconds(1));
		optionsRefused(browser);
		assertThat(page(this.mvc.perform(get("/staff/passkeys").with(browser)).andReturn()).select("#password"))
			.as("the page asks for the password again")
			.hasSize(1);
	}

	@Test
	void oneConfirmationAddsOnePasskey() throws Exception {
		account("colby", Role.STAFF);
		CookieJar browser = signedIn("colby");
		confirm(browser, "colby", "Colby's phone");
		String options = creationOptions(browser);
		register(browser, new TestAuthenticator(RP_ID).create(options, ORIGIN, true))
			.andExpect(redirectedUrl("/staff/passkeys"))
			.andDo(browser);
		optionsRefused(browser);
		Document again = page(
				register(browser, new TestAuthenticator(RP_ID).create(options, ORIGIN, true)).andExpect(status().isOk())
					.andReturn());
		assertThat(again.select(".error-summary").text()).contains("First confirm it is you");
		assertThat(passkeysOf("colby")).isOne();
		assertThat(audited("colby", "PASSKEY_ADDED")).containsExactly("Colby's phone");
	}

	@Test
	void aConfirmationServesOnlyTheSessionAndTheAccountThatGaveIt() throws Exception {
		account("corin", Role.STAFF);
		account("cade", Role.STAFF);
		CookieJar desk = signedIn("corin");
		confirm(desk, "corin", "Front desk PC");
		CookieJar phone = signedIn("corin");
		optionsRefused(phone);
		assertThat(page(register(phone, "{}").andReturn()).select(".error-summary").text())
			.contains("First confirm it is you");

		// Someone else signs in on the same browser, whose session kept the confirmation.
		new TestSignIn(this.jdbc, this.secrets, this.clock).withMockMvc(this.mvc, desk, "cade", password("cade"));
		optionsRefused(desk);
		assertThat(passkeysOf("corin")).isZero();
		assertThat(passkeysOf("cade")).isZero();
	}

	@Test
	void aPasskeyWithoutUserVerificationOrFromAnotherOriginIsRefused() throws Exception {
		account("pom", Role.STAFF);
		CookieJar browser = signedIn("pom");
		TestAuthenticator noVerification = new TestAuthenticator(RP_ID);
		confirm(browser, "pom", "Old key");
		Document refused = page(
				register(browser, noVerification.create(creationOptions(browser), ORIGIN, false)).andReturn());
		assertThat(refused.select(".error-summary").text()).contains("The passkey could not be added");
		assertThat(refused.select("#name").val()).isEqualTo("Old key");

		TestAuthenticator phishedElsewhere = new TestAuthenticator(RP_ID);
		confirm(browser, "pom", "Fake page");
		Document elsewhere = page(register(browser,
				phishedElsewhere.create(creationOptions(browser), "https://www.example-clinic.test.evil.example", true))
			.andReturn());
		assertThat(elsewhere.select(".error-summary").text()).contains("The passkey could not be added");

		TestAuthenticator phone = addPasskey(browser, "pom", "My phone");
		assertThat(signInWithPasskey(new CookieJar(), phone, "https://staff-login.example", true).getResponse()
			.getStatus()).as("signed on a page at another origin").isEqualTo(401);
		assertThat(signInWithPasskey(new CookieJar(), phone, ORIGIN, false).getResponse().getStatus())
			.as("without user verification")
			.isEqualTo(401);
		assertThat(audited("pom", "PASSKEY_REFUSED")).isNotEmpty();
		assertThat(signInWithPasskey(new CookieJar(), phone, ORIGIN, true).getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void disablingAnAccountOrResettingItsSignInRemovesItsPasskeys() throws Exception {
		StaffAccount dan = account("dan", Role.STAFF);
		TestAuthenticator dansPhone = addPasskey(signedIn("dan"), "dan", "Dan's phone");
		this.accounts.setEnabled(dan.getId(), false, "boss");
		assertThat(passkeysOf("dan")).isZero();
		this.accounts.setEnabled(dan.getId(), true, "boss");
		assertThat(signInWithPasskey(new CookieJar(), dansPhone, ORIGIN, true).getResponse().getStatus())
			.isEqualTo(401);

		StaffAccount ria = account("ria", Role.STAFF);
		CookieJar riasSession = signedIn("ria");
		addPasskey(riasSession, "ria", "Ria's laptop");
		this.secondFactors.reset(ria.getId());
		assertThat(passkeysOf("ria")).isZero();
		this.mvc.perform(get("/staff/requests").with(riasSession)).andExpect(status().is3xxRedirection());
	}

	@Test
	void whenAdministratorsMustUseAPasskeyTheirCodeIsRefusedAndARecoveryCodeOnlyLetsThemAddOne() throws Exception {
		account("adele", Role.ADMIN);
		CookieJar adasSession = signedIn("adele");
		TestAuthenticator adasKey = addPasskey(adasSession, "adele", "Ada's key");
		List<String> recoveryCodes = this.secondFactors.newRecoveryCodes("adele");

		// Only an administrator signed in with a passkey can change it.
		this.mvc
			.perform(post("/staff/passkeys/requirement").param("administrators", "true").with(csrf()).with(adasSession))
			.andExpect(status().isForbidden());
		CookieJar withKey = new CookieJar();
		signInWithPasskey(withKey, adasKey, ORIGIN, true);
		this.mvc.perform(post("/staff/passkeys/requirement").param("administrators", "true").with(csrf()).with(withKey))
			.andExpect(status().isSeeOther());
		try {
			assertThat(audited("adele", "PASSKEY_REQUIREMENT_CHANGED"))
				.contains("administrators must sign in with a passkey");
			this.mvc.perform(get("/staff/accounts").with(withKey)).andExpect(status().isOk());

			CookieJar withCode = new CookieJar();
			this.mvc
				.perform(post("/staff/login").param("username", "adele")
					.param("password", password("adele"))
					.with(csrf())
					.with(withCode))
				.andDo(withCode);
			this.mvc.perform(post("/staff/two-factor").param("code", code("adele")).with(csrf()).with(withCode))
				.andExpect(status().isSeeOther())
				.andExpect(redirectedUrl("/staff/login?passkeyRequired"))
				.andDo(withCode);
			this.mvc.perform(get("/staff/requests").with(withCode)).andExpect(status().is3xxRedirection());

			CookieJar withRecovery = new CookieJar();
			this.mvc
				.perform(post("/staff/login").param("username", "adele")
					.param("password", password("adele"))
					.with(csrf())
					.with(withRecovery))
				.andDo(withRecovery);
			this.mvc
				.perform(post("/staff/two-factor").param("recoveryCode", recoveryCodes.get(0))
					.with(csrf())
					.with(withRecovery))
				.andExpect(status().isSeeOther())
				.andDo(withRecovery);
			this.mvc.perform(get("/staff/accounts").with(withRecovery))
				.andExpect(status().isSeeOther())
				.andExpect(redirectedUrl("/staff/passkeys?required"));
			assertThat(page(this.mvc.perform(get("/staff/passkeys?required").with(withRecovery)).andReturn())
				.select(".notice")
				.text()).contains("Administrators sign in with a passkey");

			// A member of staff who is not an administrator goes on with a code.
			account("sam", Role.STAFF);
			this.mvc.perform(get("/staff/requests").with(signedIn("sam"))).andExpect(status().isOk());
		}
		finally {
			this.mvc
				.perform(
						post("/staff/passkeys/requirement").param("administrators", "false").with(csrf()).with(withKey))
				.andExpect(status().isSeeOther());
		}
	}

	private TestAuthenticator addPasskey(CookieJar browser, String username, String name) throws Exception {
		TestAuthenticator authenticator = new TestAuthenticator(RP_ID);
		confirm(browser, username, name);
		register(browser, authenticator.create(creationOptions(browser), ORIGIN, true))
			.andExpect(redirectedUrl("/staff/passkeys"))
			.andDo(browser);
		return authenticator;
	}

	/** The first step of adding a passkey: its name, the password and a code again. */
	private ResultActions firstStep(CookieJar browser, String name, String password, String code) throws Exception {
		return this.mvc
			.perform(post("/staff/passkeys/confirm").param("name", name)
				.param("password", password)
				.param("code", code)
				.with(csrf())
				.with(browser))
			.andDo(browser);
	}

	private void confirm(CookieJar browser, String username, String name) throws Exception {
		firstStep(browser, name, password(username), code(username)).andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/staff/passkeys#create-passkey"));
	}

	/** The second step: what the browser made. */
	private ResultActions register(CookieJar browser, String credential) throws Exception {
		return this.mvc.perform(post("/staff/passkeys").param("credential", credential).with(csrf()).with(browser))
			.andDo(browser);
	}

	private void optionsRefused(CookieJar browser) throws Exception {
		this.mvc.perform(post("/staff/passkeys/options").with(csrf()).with(browser))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("challenge"))))
			.andDo(browser);
	}

	private String creationOptions(CookieJar browser) throws Exception {
		return this.mvc.perform(post("/staff/passkeys/options").with(csrf()).with(browser))
			.andExpect(status().isOk())
			.andDo(browser)
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/**
	 * Without the page's script (or a browser that makes passkeys) the step is not shown,
	 * and the page says what is needed instead.
	 */
	private static void assertNeedsScriptAsTheBrowserShowsIt(Document page, String step) {
		assertThat(page.select(step).hasAttr("hidden")).as("%s waits for the script", step).isTrue();
		assertThat(page.select("[data-passkeys-unsupported]").hasAttr("hidden")).isFalse();
		assertThat(page.select("[data-passkeys-unsupported]").text()).contains("cannot make passkeys",
				"with JavaScript on");
	}

	private MvcResult signInWithPasskey(CookieJar browser, TestAuthenticator authenticator, String origin,
			boolean userVerified) throws Exception {
		String options = this.mvc.perform(post("/staff/login/passkey/options").with(csrf()).with(browser))
			.andExpect(status().isOk())
			.andDo(browser)
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(options).contains("\"userVerification\":\"required\"");
		return this.mvc
			.perform(post("/staff/login/passkey").contentType(MediaType.APPLICATION_JSON)
				.content(authenticator.sign(options, origin, userVerified))
				.with(csrf())
				.with(browser))
			.andDo(browser)
			.andReturn();
	}

	private List<String> audited(String actor, String action) {
		return this.jdbc.queryForList("select detail from audit_events where actor = ? and action = ?", String.class,
				actor, action);
	}

	private int passkeysOf(String username) {
		return this.jdbc.queryForObject(
				"select count(*) from user_credentials c "
						+ "join user_entities e on e.id = c.user_entity_user_id where e.name = ?",
				Integer.class, username);
	}

	private CookieJar signedIn(String username) throws Exception {
		CookieJar browser = new CookieJar();
		new TestSignIn(this.jdbc, this.secrets, this.clock).withMockMvc(this.mvc, browser, username,
				password(username));
		return browser;
	}

	private String code(String username) {
		TestSignIn signIn = new TestSignIn(this.jdbc, this.secrets, this.clock);
		return new AuthenticatorApp(signIn.keyOf(username), this.clock).nextCode(signIn.lastUsedStep(username));
	}

	private StaffAccount account(String username, Role role) {
		return this.accounts.create(username, username, EnumSet.of(role), password(username));
	}

	private static String password(String username) {
		return username + "-passkey-password";
	}

	private static Document page(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

}
