package com.nyfacialparalysis.accounts;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.nyfacialparalysis.testsupport.SettableClock;
import com.nyfacialparalysis.testsupport.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The third outside security review's findings on the desk, each reproduced from outside
 * over real HTTP, from several loopback addresses as the review attacked it
 * (../shared/reviews/security-round-3.md): anonymous requests that filled the sessions'
 * table (1), a setup key copied before its owner set up (3), the change-password form as
 * a password oracle (4), guesses at one account from many addresses (5), and the code
 * step locked against its owner (6). The flood of sign-ins from one address (2) has a
 * site of its own with low limits ({@link SignInFloodOverHttpTest}).
 */
@SiteTest
class DeskUnderAttackOverHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TwoFactorSecrets secrets;

	@Autowired
	SettableClock clock;

	@Test
	void anonymousRequestsToTheDeskMakeNoSession() throws Exception {
		int before = sessions();
		for (int i = 0; i < 20; i++) {
			LoopbackBrowser stranger = new LoopbackBrowser("127.0.0." + (20 + i), this.port);
			assertThat(stranger.get("/staff/login").status()).isEqualTo(200);
			assertThat(stranger.head("/staff/login").status()).isEqualTo(200);
			assertThat(stranger.get("/staff/requests/NYFP-XXXX").status()).isEqualTo(302);
			assertThat(stranger.get("/staff/anything").status()).isEqualTo(302);
			new LoopbackBrowser("127.0.0." + (20 + i), this.port).post("/staff/login",
					Map.of("username", "x", "password", "y"));
			new LoopbackBrowser("127.0.0." + (20 + i), this.port).post("/staff/two-factor", Map.of("code", "123456"));
			stranger.signInWithPassword("nobody-" + i, "wrong-password-" + i);
			assertThat(stranger.submit("/staff/login", "/staff/login/passkey/options", Map.of()).status())
				.as("a challenge for signing in with a passkey")
				.isEqualTo(200);
			stranger.post("/staff/two-factor", Map.of("code", "123456"));
			assertThat(stranger.cookies().keySet()).as("cookies a stranger was given")
				.noneMatch((name) -> name.equals("SESSION") || name.equals("JSESSIONID"));
		}
		assertThat(sessions()).as("server sessions after 180 anonymous requests").isEqualTo(before);
	}

	@Test
	void thePageAskedForIsCarriedThroughBothStepsWithoutASession() throws Exception {
		account("carmen", "carmen-password-123");
		StaffHttp browser = new StaffHttp("http://localhost:" + this.port);
		String signIn = StaffHttp.location(browser.get("/staff/requests?status=NEW"));
		assertThat(signIn).endsWith("/staff/login?continue=/staff/requests%3Fstatus%3DNEW");
		Document login = browser.page(signIn.substring(signIn.indexOf("/staff/login")));
		assertThat(login.select("input[name=continue]").val()).isEqualTo("/staff/requests?status=NEW");
		String codePage = StaffHttp.location(browser.submit("/staff/login?continue=/staff/requests%3Fstatus%3DNEW",
				"/staff/login", Map.of("username", "carmen", "password", "carmen-password-123", "continue",
						"/staff/requests?status=NEW")));
		assertThat(codePage).endsWith("/staff/two-factor?continue=/staff/requests%3Fstatus%3DNEW");
		Document setup = browser.page("/staff/two-factor?continue=/staff/requests%3Fstatus%3DNEW");
		String code = new TestSignIn(this.jdbc, this.secrets, this.clock).appFor("carmen", setup).nextCode();
		String landed = StaffHttp.location(browser.submit("/staff/two-factor?continue=/staff/requests%3Fstatus%3DNEW",
				"/staff/two-factor", Map.of("code", code)));
		assertThat(landed).isIn("/staff/requests?status=NEW", "/staff/two-factor/recovery-codes");
	}

	@Test
	void aContinueToAnotherSiteOrOutsideTheDeskIsIgnored() throws Exception {
		for (String elsewhere : List.of("https://evil.example/staff/", "//evil.example/staff/", "/\\evil.example",
				"/staff/../consultation", "/staff/%2e%2e/x", "/staff/logout", "/staff/login?x", "/consultation",
				"/staff/requests\r\nSet-Cookie: x=y")) {
			Document login = new StaffHttp("http://localhost:" + this.port)
				.page("/staff/login?continue=" + URLEncoder.encode(elsewhere, StandardCharsets.UTF_8));
			assertThat(login.select("input[name=continue]")).as(elsewhere).isEmpty();
		}
	}

	@Test
	void aSetupKeyCopiedBeforeTheOwnerSetsUpIsUseless() throws Exception {
		account("sasha", "sasha-password-1234");
		int shownBefore = audited("sasha", "TWO_FACTOR_KEY_SHOWN");
		StaffHttp attacker = new StaffHttp("http://localhost:" + this.port);
		attacker.signInWithPassword("sasha", "sasha-password-1234");
		String copied = attacker.page("/staff/two-factor").select("#secret-key").text();
		StaffHttp owner = new StaffHttp("http://localhost:" + this.port);
		owner.signInWithPassword("sasha", "sasha-password-1234");
		Document ownersPage = owner.page("/staff/two-factor");
		String ownersKey = ownersPage.select("#secret-key").text();
		assertThat(copied).isNotBlank();
		assertThat(ownersKey).isNotBlank().isNotEqualTo(copied);
		assertThat(owner.page("/staff/two-factor").select("#secret-key").text()).as("the same session sees its key")
			.isEqualTo(ownersKey);
		assertThat(audited("sasha", "TWO_FACTOR_KEY_SHOWN") - shownBefore).isEqualTo(2);

		String ownersCode = new AuthenticatorApp(ownersKey, this.clock).nextCode();
		assertThat(
				StaffHttp.location(owner.submit("/staff/two-factor", "/staff/two-factor", Map.of("code", ownersCode))))
			.containsAnyOf("/staff/requests", "/staff/two-factor/recovery-codes");

		AuthenticatorApp copiedApp = new AuthenticatorApp(copied, this.clock);
		assertThat(StaffHttp.location(attacker.submit("/staff/two-factor", "/staff/two-factor",
				Map.of("code", copiedApp.nextCode(lastUsedStep("sasha"))))))
			.endsWith("/staff/two-factor?error");
		StaffHttp later = new StaffHttp("http://localhost:" + this.port);
		later.signInWithPassword("sasha", "sasha-password-1234");
		assertThat(StaffHttp.location(later.submit("/staff/two-factor", "/staff/two-factor",
				Map.of("code", copiedApp.nextCode(lastUsedStep("sasha"))))))
			.endsWith("/staff/two-factor?error");
	}

	@Test
	void aSetupKeyIsGoodForAFewMinutesThenANewOneIsShown() throws Exception {
		account("tilda", "tilda-password-1234");
		StaffHttp owner = new StaffHttp("http://localhost:" + this.port);
		owner.signInWithPassword("tilda", "tilda-password-1234");
		String first = owner.page("/staff/two-factor").select("#secret-key").text();
		Map<String, String> form = new HashMap<>(owner.hiddenFields("/staff/two-factor"));
		this.clock.moveOn(Duration.ofMinutes(11));
		form.put("code", new AuthenticatorApp(first, this.clock).nextCode());
		assertThat(StaffHttp.location(owner.post("/staff/two-factor", form))).endsWith("/staff/two-factor?keyExpired");
		Document again = owner.page("/staff/two-factor?keyExpired");
		assertThat(again.select(".error-summary").text()).contains("no longer good");
		assertThat(again.select("#secret-key").text()).isNotBlank().isNotEqualTo(first);
	}

	@Test
	void wrongCurrentPasswordsLockTheChangePasswordFormAndAreAudited() throws Exception {
		account("petra", "petra-password-12345");
		StaffHttp session = signedIn("petra", "petra-password-12345");
		int wrongBefore = audited("petra", "CURRENT_PASSWORD_WRONG");
		for (int i = 0; i < 5; i++) {
			Document answer = Jsoup.parse(changePassword(session, "guess-number-" + i).body());
			assertThat(answer.select(".error-summary").text()).contains("current password is not right");
		}
		Document sixth = Jsoup.parse(changePassword(session, "petra-password-12345").body());
		assertThat(sixth.select(".error-summary").text()).as("the right password, after five wrong ones")
			.contains("Too many wrong current passwords");
		assertThat(audited("petra", "CURRENT_PASSWORD_WRONG")).isGreaterThan(wrongBefore);
		assertThat(StaffHttp.location(
				new StaffHttp("http://localhost:" + this.port).signInWithPassword("petra", "petra-password-12345")))
			.as("the password was not changed")
			.endsWith("/staff/two-factor");
	}

	@Test
	void theNewPasswordCannotBeTheCurrentOne() throws Exception {
		account("quinn", "quinn-password-123");
		StaffHttp session = signedIn("quinn", "quinn-password-123");
		Document answer = Jsoup.parse(session
			.submit("/staff/password", "/staff/password", Map.of("current", "quinn-password-123", "replacement",
					"quinn-password-123", "confirmation", "quinn-password-123"))
			.body());
		assertThat(answer.select(".error-summary").text()).contains("the one you have now");
	}

	@Test
	void guessesFromManyAddressesLockTheAccountButNotItsOwnersBrowser() throws Exception {
		account("gina", "gina-password-1234");
		StaffHttp owner = signedIn("gina", "gina-password-1234");
		owner.post("/staff/logout", owner.hiddenFields("/staff/password"));
		for (int i = 0; i < 5; i++) {
			LoopbackBrowser guesser = new LoopbackBrowser("127.0.0." + (60 + i), this.port);
			assertThat(guesser.signInWithPassword("gina", "guess-" + i).location()).endsWith("/staff/login?error");
		}
		LoopbackBrowser sixth = new LoopbackBrowser("127.0.0.66", this.port);
		assertThat(sixth.signInWithPassword("gina", "gina-password-1234").location())
			.as("the right password from a sixth address, unchecked")
			.endsWith("/staff/login?refused");
		assertThat(StaffHttp.location(owner.signInWithPassword("gina", "gina-password-1234")))
			.as("the owner's own browser")
			.endsWith("/staff/two-factor");
		assertThat(audited("gina", "SIGN_IN_LOCKED")).isEqualTo(1);

		StaffHttp admin = signedIn("boss", BOSS_PASSWORD);
		Document accountsPage = admin.page("/staff/accounts");
		assertThat(accountsPage.text()).contains("Sign-in locked on new browsers until");
		String unlock = "/staff/accounts/" + id("gina") + "/unlock";
		assertThat(accountsPage.select("form[action=" + unlock + "]")).hasSize(1);
		assertThat(StaffHttp.location(admin.submit("/staff/accounts", unlock, Map.of()))).endsWith("/staff/accounts");
		assertThat(admin.page("/staff/accounts").text()).doesNotContain("Sign-in locked on new browsers until");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_events where action = 'SIGN_IN_UNLOCKED' and detail = 'gina'",
				Integer.class))
			.isEqualTo(1);
		assertThat(new LoopbackBrowser("127.0.0.67", this.port).signInWithPassword("gina", "gina-password-1234")
			.location()).endsWith("/staff/two-factor");
	}

	@Test
	void wrongCodesLockTheCodeStepButARecoveryCodeAndTheOwnersBrowserStillWork() throws Exception {
		account("olga", "olga-password-1234");
		StaffHttp owner = new StaffHttp("http://localhost:" + this.port);
		new TestSignIn(this.jdbc, this.secrets, this.clock).withHttp(owner, "olga", "olga-password-1234");
		List<String> recoveryCodes = owner.page("/staff/two-factor/recovery-codes")
			.select(".recovery-codes li")
			.eachText();
		assertThat(recoveryCodes).hasSize(10);
		owner.post("/staff/logout", owner.hiddenFields("/staff/password"));

		for (int i = 0; i < 5; i++) {
			LoopbackBrowser thief = new LoopbackBrowser("127.0.0." + (80 + i), this.port);
			assertThat(thief.signInWithPassword("olga", "olga-password-1234").location()).endsWith("/staff/two-factor");
			assertThat(thief.submit("/staff/two-factor", "/staff/two-factor", Map.of("code", "00000" + i)).location())
				.endsWith("/staff/two-factor?error");
		}
		AuthenticatorApp app = new AuthenticatorApp(new TestSignIn(this.jdbc, this.secrets, this.clock).keyOf("olga"),
				this.clock);
		LoopbackBrowser newLaptop = new LoopbackBrowser("127.0.0.90", this.port);
		assertThat(newLaptop.signInWithPassword("olga", "olga-password-1234").location()).endsWith("/staff/two-factor");
		assertThat(newLaptop
			.submit("/staff/two-factor", "/staff/two-factor", Map.of("code", app.nextCode(lastUsedStep("olga"))))
			.location()).as("a right code from a browser the account has not signed in on, while locked")
			.endsWith("/staff/two-factor?refused");
		assertThat(newLaptop
			.submit("/staff/two-factor?recovery", "/staff/two-factor", Map.of("recoveryCode", recoveryCodes.get(0)))
			.location()).as("a recovery code, while locked").containsAnyOf("/staff/requests", "/staff/content");

		assertThat(StaffHttp.location(owner.signInWithPassword("olga", "olga-password-1234")))
			.endsWith("/staff/two-factor");
		assertThat(StaffHttp.location(owner.submit("/staff/two-factor", "/staff/two-factor",
				Map.of("code", app.nextCode(lastUsedStep("olga"))))))
			.as("the owner's own browser, with a code from the app")
			.containsAnyOf("/staff/requests", "/staff/content");
		assertThat(audited("olga", "SIGN_IN_LOCKED")).isEqualTo(1);
	}

	private static final String BOSS_PASSWORD = "the first administrator's passphrase: plain words, easy to remember, "
			+ "and well over seventy-two bytes long";

	private HttpResponse<String> changePassword(StaffHttp session, String current) throws Exception {
		return session.submit("/staff/password", "/staff/password", Map.of("current", current, "replacement",
				"a-brand-new-password-1", "confirmation", "a-brand-new-password-1"));
	}

	private StaffHttp signedIn(String username, String password) throws Exception {
		StaffHttp browser = new StaffHttp("http://localhost:" + this.port);
		new TestSignIn(this.jdbc, this.secrets, this.clock).withHttp(browser, username, password);
		return browser;
	}

	private void account(String username, String password) {
		this.accounts.create(username, username.substring(0, 1).toUpperCase() + username.substring(1),
				EnumSet.of(Role.STAFF), password);
	}

	private long id(String username) {
		return this.jdbc.queryForObject("select id from staff_accounts where username = ?", Long.class, username);
	}

	private long lastUsedStep(String username) {
		return new TestSignIn(this.jdbc, this.secrets, this.clock).lastUsedStep(username);
	}

	private int sessions() {
		return this.jdbc.queryForObject("select count(*) from spring_session", Integer.class);
	}

	private int audited(String actor, String action) {
		return this.jdbc.queryForObject(
				"select coalesce(sum(repeat_count), 0) from audit_events where actor = ? and action = ?", Integer.class,
				actor, action);
	}

}
