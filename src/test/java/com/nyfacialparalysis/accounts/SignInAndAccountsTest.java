package com.nyfacialparalysis.accounts;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.nyfacialparalysis.system.CookieJar;
import com.nyfacialparalysis.testsupport.SettableClock;
import com.nyfacialparalysis.testsupport.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signing in to the staff desk and the accounts, as receptionists and administrators meet
 * them: both steps, the throttle, roles, passwords and the accounts screens (the inbox
 * and a request: StaffDeskTest). The first administrator's password is a passphrase
 * longer than bcrypt's 72 bytes. It runs on the shared site ({@link SiteTest}), so its
 * people have names no other test gives anyone.
 */
@SiteTest
class SignInAndAccountsTest {

	/** The first administrator's password (src/test/resources/application-test.yml). */
	@Value("${clinic.admin.password}")
	String adminPassword;

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	StaffAccountRepository staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TwoFactorSecrets secrets;

	@Autowired
	SettableClock clock;

	@BeforeEach
	void receptionistExists() {
		this.testAccounts.receptionistExists();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/staff/requests", "/staff/requests/1", "/staff/requests/export.csv", "/staff/audit",
			"/staff/accounts", "/staff/password", "/staff", "/staff/two-factor", "/staff/two-factor/recovery-codes",
			"/staff/accounts/1", "/staff/content", "/staff/content/conditions/bells-palsy" })
	void everyStaffAddressSendsAStrangerToTheSignInPage(String path) throws Exception {
		this.mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/staff/login"));
	}

	@Test
	void theFirstAdministratorFromConfigurationSignsInWithALongPassphraseThenACode() throws Exception {
		assertThat(this.adminPassword.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
		this.mvc.perform(formLogin("/staff/login").user("boss").password(this.adminPassword))
			.andExpect(authenticated().withUsername("boss").withRoles("ADMIN"))
			.andExpect(redirectedUrl("/staff/two-factor"));
		CookieJar browser = new CookieJar();
		signIn().withMockMvc(this.mvc, browser, "boss", this.adminPassword);
		this.mvc.perform(get("/staff/accounts").with(browser)).andExpect(status().isOk());
		assertThat(this.staff.findByUsername("boss").orElseThrow().getPasswordHash()).startsWith("{argon2}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/staff/requests", "/staff/requests/1", "/staff/requests/export.csv", "/staff/audit",
			"/staff/accounts", "/staff/password", "/staff/two-factor/recovery-codes", "/staff/backups",
			"/staff/accounts/1", "/staff/content", "/staff/content/conditions/bells-palsy" })
	void untilTheCodeIsGivenEveryStaffPageSendsToTheCodePage(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(StaffTestUsers.passwordOnly("boss", Role.ADMIN)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/staff/two-factor"))
			.andReturn();
		assertThat(result.getResponse().getContentAsString()).doesNotContain("Maria", "Audit log", "<table");
		this.mvc
			.perform(post("/staff/accounts").with(StaffTestUsers.passwordOnly("boss", Role.ADMIN))
				.with(csrf())
				.param("username", "sneaky")
				.param("roles", "ADMIN")
				.param("password", "sneaky-password-1"))
			.andExpect(redirectedUrl("/staff/two-factor"));
		assertThat(this.staff.existsByUsername("sneaky")).isFalse();
		this.mvc.perform(get("/actuator/prometheus").with(StaffTestUsers.passwordOnly("boss", Role.ADMIN)))
			.andExpect(status().isForbidden());
	}

	@ParameterizedTest
	@ValueSource(strings = { "admin:admin", "admin:password", "user:password", "boss:boss", "sa:" })
	void noGuessableDefaultAccountExists(String pair) throws Exception {
		String[] parts = pair.split(":", -1);
		this.mvc.perform(formLogin("/staff/login").user(parts[0]).password(parts[1]))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/staff/login?error"));
	}

	@Test
	void aWrongPasswordAndAnUnknownUserGetTheSameMessage() throws Exception {
		this.accounts.create("wanda", "Wanda Wrong", EnumSet.of(Role.STAFF), "wanda-password-123");
		this.mvc.perform(formLogin("/staff/login").user("wanda").password("wrong-password-123"))
			.andExpect(redirectedUrl("/staff/login?error"));
		this.mvc.perform(formLogin("/staff/login").user("nobody-here").password("wrong-password-123"))
			.andExpect(redirectedUrl("/staff/login?error"));
		Document page = page(this.mvc.perform(get("/staff/login").param("error", "")).andReturn());
		assertThat(page.select(".error-summary").text()).contains("The username or password is not right")
			.doesNotContain("does not exist", "unknown");
		assertThat(page.select(".error-summary a[href=#username]")).hasSize(1);
		assertThat(page.title()).startsWith("Error:");
	}

	@Test
	void aDisabledAccountAnswersLikeAWrongPassword() throws Exception {
		this.accounts.create("della", "Della Disabled", EnumSet.of(Role.STAFF), "della-password-123");
		Long della = this.staff.findByUsername("della").orElseThrow().getId();
		this.accounts.setEnabled(della, false, "boss");
		this.mvc.perform(formLogin("/staff/login").user("della").password("della-password-123"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/staff/login?error"));
	}

	@Test
	void afterFiveFailuresThatAddressIsRefusedButTheUserCanStillSignInFromElsewhere() throws Exception {
		this.accounts.create("tess", "Tess Throttle", EnumSet.of(Role.STAFF), "tess-password-12345");
		RequestPostProcessor attacker = (request) -> {
			request.setRemoteAddr("203.0.113.50");
			return request;
		};
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(signIn("tess", "guess-" + i).with(attacker))
				.andExpect(redirectedUrl("/staff/login?error"));
		}
		this.mvc.perform(signIn("tess", "tess-password-12345").with(attacker))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/staff/login?refused"));
		this.mvc.perform(signIn("tess", "tess-password-12345").with((request) -> {
			request.setRemoteAddr("198.51.100.20");
			return request;
		})).andExpect(authenticated().withUsername("tess"));
		assertThat(auditCount("SIGN_IN_REFUSED")).isPositive();
	}

	@Test
	void signingInChangesTheSessionIdAtEachStepAndSigningOutIsAPost() throws Exception {
		this.accounts.create("sid", "Sid Session", EnumSet.of(Role.STAFF), "sid-password-12345");
		CookieJar browser = new CookieJar();
		this.mvc.perform(get("/staff/login").with(browser)).andDo(browser);
		String before = browser.get("SESSION");
		assertThat(before).isNotNull();
		this.mvc.perform(signIn("sid", "sid-password-12345").with(browser)).andExpect(authenticated()).andDo(browser);
		String afterPassword = browser.get("SESSION");
		assertThat(afterPassword).isNotNull().isNotEqualTo(before);
		signIn().withMockMvc(this.mvc, browser, "sid", "sid-password-12345");
		assertThat(browser.get("SESSION")).isNotNull().isNotEqualTo(afterPassword);
		this.mvc.perform(get("/staff/logout").with(browser)).andExpect(status().isNotFound());
		this.mvc.perform(post("/staff/logout").with(browser).with(csrf()))
			.andExpect(redirectedUrl("/staff/login?signedOut"));
	}

	@Test
	void anIdleSessionIsSignedOutAfterFifteenMinutes(@Autowired ServerProperties server) throws Exception {
		assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(15));
		String unknownSession = Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes());
		this.mvc.perform(get("/staff/requests").cookie(new Cookie("SESSION", unknownSession)))
			.andExpect(redirectedUrl("/staff/login?expired"));
	}

	@Test
	void eachRoleSeesOnlyItsPages() throws Exception {
		this.mvc.perform(get("/staff/requests").with(rita())).andExpect(status().isOk());
		this.mvc.perform(get("/staff/audit").with(rita())).andExpect(status().isForbidden());
		this.mvc.perform(get("/staff/accounts").with(rita())).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/staff/accounts").with(rita())
				.with(csrf())
				.param("username", "sneaky")
				.param("password", "sneaky-password-1"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/staff/audit").with(boss())).andExpect(status().isOk());
		this.mvc.perform(get("/staff/accounts").with(boss())).andExpect(status().isOk());
		Document inbox = page(this.mvc.perform(get("/staff/requests").with(rita())).andReturn());
		assertThat(inbox.select(".staff-bar a[href=/staff/audit]")).as("no audit link for staff").isEmpty();
	}

	@Test
	void anAccountMayHoldSeveralRoles() throws Exception {
		this.mvc
			.perform(post("/staff/accounts").with(boss())
				.with(csrf())
				.param("username", "Both.Roles")
				.param("displayName", "Bo Both")
				.param("roles", "STAFF", "ADMIN")
				.param("password", "both-roles-password"))
			.andExpect(status().isSeeOther());
		StaffAccount both = this.staff.findByUsername("both.roles").orElseThrow();
		assertThat(both.getRoles()).containsExactly(Role.STAFF, Role.ADMIN);
		this.mvc.perform(formLogin("/staff/login").user("both.roles").password("both-roles-password"))
			.andExpect(authenticated().withAuthentication(
					(signedIn) -> assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority)
						.contains("ROLE_STAFF", "ROLE_ADMIN", FactorGrantedAuthority.PASSWORD_AUTHORITY)));
	}

	@Test
	void metricsInPrometheusFormatAreForAdministratorsOnly() throws Exception {
		this.mvc.perform(get("/actuator/prometheus")).andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/prometheus").with(rita())).andExpect(status().isForbidden());
		String metrics = this.mvc.perform(get("/actuator/prometheus").with(boss()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(metrics).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
	}

	@Test
	void administratorsManageAccountsAndEveryChangeIsAudited() throws Exception {
		MvcResult refused = this.mvc
			.perform(post("/staff/accounts").with(boss())
				.with(csrf())
				.param("username", "newbie")
				.param("displayName", "New Bie")
				.param("roles", "STAFF")
				.param("password", "short"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(this.staff.existsByUsername("newbie")).as("a short password is refused").isFalse();
		Document form = page(refused);
		assertThat(form.select(".error-summary a[href=#new-password]").text()).contains("at least 12 characters");
		assertThat(form.select("#new-username").val()).as("what was typed is kept").isEqualTo("newbie");
		assertThat(form.select("#new-displayName").val()).isEqualTo("New Bie");
		assertThat(form.select("#new-password").val()).as("a password is never sent back").isEmpty();

		this.mvc
			.perform(post("/staff/accounts").with(boss())
				.with(csrf())
				.param("username", "newbie")
				.param("displayName", "New Bie")
				.param("roles", "STAFF")
				.param("password", "a-long-enough-password"))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/staff/accounts"));
		StaffAccount newbie = this.staff.findByUsername("newbie").orElseThrow();
		assertThat(newbie.getPasswordHash()).startsWith("{argon2}").doesNotContain("a-long-enough-password");
		this.mvc
			.perform(post("/staff/accounts/" + newbie.getId() + "/password").with(boss())
				.with(csrf())
				.param("password", "another-long-password"))
			.andExpect(status().isSeeOther());
		this.mvc
			.perform(post("/staff/accounts/" + newbie.getId() + "/enabled").with(boss())
				.with(csrf())
				.param("enabled", "false"))
			.andExpect(status().isSeeOther());
		this.mvc.perform(formLogin("/staff/login").user("newbie").password("another-long-password"))
			.andExpect(unauthenticated());
		assertThat(auditCount("ACCOUNT_CREATED")).isPositive();
		assertThat(auditCount("PASSWORD_RESET")).isPositive();
		assertThat(auditCount("ACCOUNT_DISABLED")).isPositive();
		this.mvc.perform(post("/staff/accounts/999999/enabled").with(boss()).with(csrf()).param("enabled", "false"))
			.andExpect(status().isNotFound());
	}

	@Test
	void usernamesAreOneSpellingAndAMistakeOnTheAccountsPageIsLinkedToItsField() throws Exception {
		for (String taken : new String[] { "RITA", " rita ", "\uFF52\uFF49\uFF54\uFF41" }) {
			MvcResult result = this.mvc
				.perform(post("/staff/accounts").with(boss())
					.with(csrf())
					.param("username", taken)
					.param("roles", "STAFF")
					.param("password", "rita-two-password"))
				.andExpect(status().isOk())
				.andReturn();
			assertThat(page(result).select(".error-summary a[href=#new-username]").text()).as(taken)
				.containsAnyOf("already used", "letters, digits");
		}
		MvcResult noRole = this.mvc
			.perform(post("/staff/accounts").with(boss())
				.with(csrf())
				.param("username", "norole")
				.param("_roles", "on")
				.param("password", "no-role-password"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(page(noRole).select(".error-summary a[href=#new-roles]").text()).contains("at least one role");
		MvcResult self = this.mvc
			.perform(post("/staff/accounts/" + this.staff.findByUsername("boss").orElseThrow().getId() + "/enabled")
				.with(boss())
				.with(csrf())
				.param("enabled", "false"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(page(self).select(".error-summary").text()).contains("cannot disable your own account");
	}

	@Test
	void longPassphrasesWorkEverywhereAPasswordIsSet() throws Exception {
		String passphrase = "a passphrase of many plain words, easy to remember and much longer than 72 bytes";
		assertThat(passphrase.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
		this.mvc
			.perform(post("/staff/accounts").with(boss())
				.with(csrf())
				.param("username", "longpass")
				.param("roles", "STAFF")
				.param("password", passphrase))
			.andExpect(status().isSeeOther());
		this.mvc.perform(formLogin("/staff/login").user("longpass").password(passphrase)).andExpect(authenticated());
		String other = "another passphrase, é accented and emoji 🙂 too, still well beyond seventy-two bytes";
		Long id = this.staff.findByUsername("longpass").orElseThrow().getId();
		this.mvc.perform(post("/staff/accounts/" + id + "/password").with(boss()).with(csrf()).param("password", other))
			.andExpect(status().isSeeOther());
		this.mvc.perform(formLogin("/staff/login").user("longpass").password(other)).andExpect(authenticated());
		String third = "a third passphrase for changing my own password, well beyond the old bcrypt limit";
		this.mvc
			.perform(post("/staff/password").with(StaffTestUsers.signedIn("longpass", Role.STAFF))
				.with(csrf())
				.param("current", other)
				.param("replacement", third)
				.param("confirmation", third))
			.andExpect(status().isSeeOther());
		this.mvc.perform(formLogin("/staff/login").user("longpass").password(third)).andExpect(authenticated());
		MvcResult tooLong = this.mvc
			.perform(post("/staff/accounts/" + id + "/password").with(boss())
				.with(csrf())
				.param("password", "x".repeat(201)))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(page(tooLong).select(".error-summary a[href=#reset-" + id + "]").text())
			.contains("200 characters or fewer");
	}

	@Test
	void anOlderBcryptHashStillSignsInAndIsReplacedByArgon2() throws Exception {
		this.accounts.create("olda", "Old Hash", EnumSet.of(Role.STAFF), "placeholder-password");
		String bcrypt = "{bcrypt}" + new BCryptPasswordEncoder().encode("old-bcrypt-password");
		this.jdbc.update("update staff_accounts set password_hash = ? where username = 'olda'", bcrypt);
		this.mvc.perform(formLogin("/staff/login").user("olda").password("old-bcrypt-password" + "x".repeat(80)))
			.andExpect(unauthenticated());
		this.mvc.perform(formLogin("/staff/login").user("olda").password("old-bcrypt-password"))
			.andExpect(authenticated());
		assertThat(this.staff.findByUsername("olda").orElseThrow().getPasswordHash()).startsWith("{argon2}");
		this.mvc.perform(formLogin("/staff/login").user("olda").password("old-bcrypt-password"))
			.andExpect(authenticated());
	}

	@Test
	void aPersonChangesTheirOwnPassword() throws Exception {
		this.accounts.create("pat", "Pat Password", EnumSet.of(Role.STAFF), "pat-old-password-1");
		RequestPostProcessor pat = StaffTestUsers.signedIn("pat", Role.STAFF);
		MvcResult wrong = this.mvc
			.perform(post("/staff/password").with(pat)
				.with(csrf())
				.param("current", "not-it")
				.param("replacement", "pat-new-password-1")
				.param("confirmation", "pat-new-password-1"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(page(wrong).select(".error-summary a[href=#current]").text()).contains("not right");
		MvcResult mismatch = this.mvc
			.perform(post("/staff/password").with(pat)
				.with(csrf())
				.param("current", "pat-old-password-1")
				.param("replacement", "pat-new-password-1")
				.param("confirmation", "pat-new-password-2"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(page(mismatch).select(".error-summary a[href=#confirmation]").text()).contains("not the same");
		this.mvc
			.perform(post("/staff/password").with(pat)
				.with(csrf())
				.param("current", "pat-old-password-1")
				.param("replacement", "pat-new-password-1")
				.param("confirmation", "pat-new-password-1"))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/staff/password"));
		this.mvc.perform(formLogin("/staff/login").user("pat").password("pat-new-password-1"))
			.andExpect(authenticated());
		assertThat(auditCount("PASSWORD_CHANGED")).isPositive();
	}

	@Test
	void signInsAndFailuresAreAuditedWithTheAddressButNeverThePassword() throws Exception {
		this.accounts.create("audra", "Audra Audit", EnumSet.of(Role.STAFF), "audra-password-123");
		signIn().withMockMvc(this.mvc, new CookieJar(), "audra", "audra-password-123");
		this.mvc.perform(formLogin("/staff/login").user("audra").password("typo-password-999"));
		assertThat(auditCount("PASSWORD_ACCEPTED")).isPositive();
		assertThat(auditCount("SIGNED_IN")).isPositive();
		assertThat(auditCount("SIGN_IN_FAILED")).isPositive();
		assertThat(this.jdbc.queryForObject("select count(*) from audit_events where detail like '%typo-password-999%'",
				Integer.class))
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_events where action = 'SIGNED_IN' and client_address is not null",
				Integer.class))
			.isPositive();
		Document audit = page(
				this.mvc.perform(get("/staff/audit").param("action", "SIGNED_IN").with(boss())).andReturn());
		assertThat(audit.select("table").text()).contains("audra", "SIGNED_IN");
	}

	@Test
	void staffPagesAreNeverCachedAndCarryTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/staff/requests").with(rita()))
			.andExpect(header().string("Cache-Control", Matchers.containsString("no-store")))
			.andExpect(header().string("Content-Security-Policy", Matchers.containsString("default-src 'self'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().doesNotExist("ETag"));
		this.mvc.perform(get("/staff/login"))
			.andExpect(header().string("Cache-Control", Matchers.containsString("no-store")));
	}

	private TestSignIn signIn() {
		return new TestSignIn(this.jdbc, this.secrets, this.clock);
	}

	private static MockHttpServletRequestBuilder signIn(String username, String password) {
		return post("/staff/login").param("username", username).param("password", password).with(csrf());
	}

	private RequestPostProcessor rita() {
		return StaffTestUsers.signedIn("rita", Role.STAFF);
	}

	private RequestPostProcessor boss() {
		return StaffTestUsers.signedIn("boss", Role.ADMIN);
	}

	/** How many times this was audited, repeated refusals counted one by one. */
	private int auditCount(String action) {
		return this.jdbc.queryForObject("select coalesce(sum(repeat_count), 0) from audit_events where action = ?",
				Integer.class, action);
	}

	private static Document page(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

}
