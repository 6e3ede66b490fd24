package com.nyfacialparalysis.accounts;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.nyfacialparalysis.accounts.passkeys.TestAuthenticator;
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
 * Passkeys as staff meet them, over MockMvc with an authenticator in the test
 * ({@link TestAuthenticator}): added from the Passkeys page after the password and a code
 * again, listed, used alone to sign in, removed and refused afterwards; refused without
 * user verification or from another origin; gone with a disabled account or a reset; and
 * the requirement for administrators. The shared site's public address is
 * https://www.example-clinic.test, so that is the relying party and the only origin.
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
		assertThat(page(this.mvc.perform(get("/staff/passkeys").with(browser)).andExpect(status().isOk()).andReturn())
			.select("main")
			.text()).contains("You have no passkeys yet.");

		TestAuthenticator phone = new TestAuthenticator(RP_ID);
		String options = creationOptions(browser);
		Map<?, ?> parsed = JSON.readValue(options, Map.class);
		assertThat(((Map<?, ?>) parsed.get("rp")).get("id")).isEqualTo(RP_ID);
		assertThat(((Map<?, ?>) parsed.get("authenticatorSelection")).get("userVerification")).isEqualTo("required");
		this.mvc
			.perform(post("/staff/passkeys").param("name", "My phone")
				.param("password", password("pia"))
				.param("code", code("pia"))
				.param("credential", phone.create(options, ORIGIN, true))
				.with(csrf())
				.with(browser))
			.andExpect(status().isSeeOther())
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
	void aWrongPasswordOrCodeKeepsNothingAndSaysWhichIsWrong() throws Exception {
		account("pax", Role.STAFF);
		CookieJar browser = signedIn("pax");
		TestAuthenticator key = new TestAuthenticator(RP_ID);
		Document wrongPassword = page(this.mvc
			.perform(post("/staff/passkeys").param("name", "Security key")
				.param("password", "not-the-password")
				.param("code", "123456")
				.param("credential", key.create(creationOptions(browser), ORIGIN, true))
				.with(csrf())
				.with(browser))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(wrongPassword.title()).startsWith("Error:");
		assertThat(wrongPassword.select(".error-summary a[href='#password']").text())
			.isEqualTo("Your password is not right.");
		assertThat(wrongPassword.select("#name").val()).isEqualTo("Security key");
		assertThat(wrongPassword.select("input[name=credential]").val()).isEmpty();

		Document wrongCode = page(this.mvc
			.perform(post("/staff/passkeys").param("name", "Security key")
				.param("password", password("pax"))
				.param("code", "000000")
				.param("credential", key.create(creationOptions(browser), ORIGIN, true))
				.with(csrf())
				.with(browser))
			.andReturn());
		assertThat(wrongCode.select(".error-summary a[href='#code']").text()).contains("That code is not right");

		Document noName = page(this.mvc
			.perform(post("/staff/passkeys").param("name", " ")
				.param("password", password("pax"))
				.param("code", "000000")
				.param("credential", "")
				.with(csrf())
				.with(browser))
			.andReturn());
		assertThat(noName.select(".error-summary").text()).contains("Enter a name for the passkey",
				"Your browser did not make a passkey");
		assertThat(page(this.mvc.perform(get("/staff/passkeys").with(browser)).andReturn()).select("main").text())
			.contains("You have no passkeys yet.");
	}

	@Test
	void aPasskeyWithoutUserVerificationOrFromAnotherOriginIsRefused() throws Exception {
		account("pom", Role.STAFF);
		CookieJar browser = signedIn("pom");
		TestAuthenticator noVerification = new TestAuthenticator(RP_ID);
		Document refused = page(this.mvc
			.perform(post("/staff/passkeys").param("name", "Old key")
				.param("password", password("pom"))
				.param("code", code("pom"))
				.param("credential", noVerification.create(creationOptions(browser), ORIGIN, false))
				.with(csrf())
				.with(browser))
			.andReturn());
		assertThat(refused.select(".error-summary").text()).contains("The passkey could not be added");

		TestAuthenticator phishedElsewhere = new TestAuthenticator(RP_ID);
		Document elsewhere = page(this.mvc
			.perform(post("/staff/passkeys").param("name", "Fake page")
				.param("password", password("pom"))
				.param("code", code("pom"))
				.param("credential",
						phishedElsewhere.create(creationOptions(browser),
								"https://www.example-clinic.test.evil.example", true))
				.with(csrf())
				.with(browser))
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
		this.mvc
			.perform(post("/staff/passkeys").param("name", name)
				.param("password", password(username))
				.param("code", code(username))
				.param("credential", authenticator.create(creationOptions(browser), ORIGIN, true))
				.with(csrf())
				.with(browser))
			.andExpect(redirectedUrl("/staff/passkeys"))
			.andDo(browser);
		return authenticator;
	}

	private String creationOptions(CookieJar browser) throws Exception {
		return this.mvc.perform(post("/staff/passkeys/options").with(csrf()).with(browser))
			.andExpect(status().isOk())
			.andDo(browser)
			.andReturn()
			.getResponse()
			.getContentAsString();
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
