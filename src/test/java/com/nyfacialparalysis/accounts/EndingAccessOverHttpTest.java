package com.nyfacialparalysis.accounts;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.nyfacialparalysis.testsupport.SettableClock;
import com.nyfacialparalysis.testsupport.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ending someone's access ends it everywhere at once, over real HTTP: disabling an
 * account, resetting its password or its second factor, or changing its roles signs out
 * every browser it is signed in on; changing one's own password or roles signs out the
 * others and keeps this one; and however busy, nobody stays signed in longer than the
 * absolute lifetime.
 */
@SiteTest
class EndingAccessOverHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	SecondFactors secondFactors;

	@Autowired
	StaffAccountRepository staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TwoFactorSecrets secrets;

	@Autowired
	SettableClock clock;

	@Test
	void disablingAnAccountSignsOutEveryBrowserItIsSignedInOn() throws Exception {
		StaffHttp[] browsers = signedInTwice("dana");
		this.accounts.setEnabled(id("dana"), false, "boss");
		for (StaffHttp browser : browsers) {
			assertSignedOut(browser);
		}
		assertThat(StaffHttp.location(browser().signInWithPassword("dana", password("dana"))))
			.endsWith("/staff/login?error");
	}

	@Test
	void resettingAPasswordSignsOutEveryBrowser() throws Exception {
		StaffHttp[] browsers = signedInTwice("rex");
		this.accounts.resetPassword(id("rex"), "a-new-password-from-the-admin");
		for (StaffHttp browser : browsers) {
			assertSignedOut(browser);
		}
	}

	@Test
	void resettingTheSecondFactorSignsOutEveryBrowser() throws Exception {
		StaffHttp[] browsers = signedInTwice("tia");
		this.secondFactors.reset(id("tia"));
		for (StaffHttp browser : browsers) {
			assertSignedOut(browser);
		}
	}

	@Test
	void changingOnesOwnPasswordSignsOutTheOtherBrowsersAndKeepsThisOne() throws Exception {
		StaffHttp[] browsers = signedInTwice("cam");
		String newPassword = "cam-chose-a-new-passphrase";
		var changed = browsers[0].submit("/staff/password", "/staff/password",
				Map.of("current", password("cam"), "replacement", newPassword, "confirmation", newPassword));
		assertThat(changed.statusCode()).isEqualTo(303);
		assertThat(browsers[0].get("/staff/requests").statusCode()).as("this browser stays signed in").isEqualTo(200);
		assertSignedOut(browsers[1]);
		assertThat(this.jdbc.queryForList(
				"select detail from audit_events where actor = 'cam' " + "and action = 'SESSIONS_ENDED'", String.class))
			.containsExactly("1 signed-in sessions");
	}

	@Test
	void changingSomeonesRolesSignsThemOutEverywhereAndTheNewRolesHoldAtTheNextSignIn() throws Exception {
		StaffHttp[] browsers = signedInTwice("roy");
		assertThat(browsers[0].get("/staff/content").statusCode()).isEqualTo(403);
		this.accounts.changeDetails(id("roy"), EnumSet.of(Role.STAFF, Role.CLINICIAN), "Roy Ross, MD", null, "boss",
				null);
		for (StaffHttp browser : browsers) {
			assertSignedOut(browser);
		}
		StaffHttp again = browser();
		signIn().withHttp(again, "roy", password("roy"));
		assertThat(again.get("/staff/content").statusCode()).isEqualTo(200);

		this.accounts.changeDetails(id("roy"), EnumSet.of(Role.CLINICIAN), "Roy Ross, MD", null, "boss", null);
		assertSignedOut(again);
		StaffHttp clinicianOnly = browser();
		assertThat(signIn().withHttp(clinicianOnly, "roy", password("roy"))).as("a clinician starts at Content")
			.endsWith("/staff/content");
		assertThat(clinicianOnly.get("/staff/requests").statusCode()).as("patients' requests are not a clinician's")
			.isEqualTo(403);
		assertThat(StaffHttp.location(clinicianOnly.get("/staff"))).endsWith("/staff/content");
	}

	@Test
	void anAdministratorWhoMakesThemselvesAClinicianStaysSignedInHereAndCanSignOffAtOnce() throws Exception {
		this.accounts.create("ada", "Ada Admin", EnumSet.of(Role.ADMIN), password("ada"));
		StaffHttp desk = browser();
		StaffHttp phone = browser();
		signIn().withHttp(desk, "ada", password("ada"));
		signIn().withHttp(phone, "ada", password("ada"));
		String account = "/staff/accounts/" + id("ada");
		var saved = desk.submitAll(account, account,
				List.of(Map.entry("roles", "ADMIN"), Map.entry("roles", "CLINICIAN"),
						Map.entry("reviewerName", "Ada Adams, MD"), Map.entry("reviewerTitle", "neurologist")));
		assertThat(saved.statusCode()).isEqualTo(303);
		assertThat(StaffHttp.location(saved)).endsWith(account);
		assertSignedOut(phone);

		String review = "/staff/content/treatments/antiviral-medications";
		assertThat(desk.page(review).select("#confirmed")).as("the sign-off, at once, in this browser").hasSize(1);
		var signed = desk.submit(review, review + "/sign-off", Map.of("confirmed", "true"));
		assertThat(signed.statusCode()).isEqualTo(303);
		assertThat(desk.page("/treatments/antiviral-medications").select(".page-review__status").text())
			.startsWith("Medically reviewed by Ada Adams, MD, neurologist, on");
	}

	@Test
	void nobodyStaysSignedInLongerThanTheAbsoluteLifetimeHoweverBusy() throws Exception {
		account("bea");
		StaffHttp bea = browser();
		signIn().withHttp(bea, "bea", password("bea"));
		this.clock.runAhead(Duration.ofHours(11).plusMinutes(50));
		assertThat(bea.get("/staff/requests").statusCode()).as("busy all day, still signed in").isEqualTo(200);
		this.clock.runAhead(Duration.ofHours(12).plusMinutes(1));
		var expired = bea.get("/staff/requests");
		assertThat(StaffHttp.location(expired)).endsWith("/staff/login?expired");
		this.clock.followRealTime();
		assertSignedOut(bea);
		assertThat(this.jdbc.queryForList("select action from audit_events where actor = 'bea'", String.class))
			.contains("SESSION_EXPIRED");
	}

	private StaffHttp[] signedInTwice(String username) throws Exception {
		account(username);
		StaffHttp desk = browser();
		StaffHttp phone = browser();
		signIn().withHttp(desk, username, password(username));
		signIn().withHttp(phone, username, password(username));
		assertThat(desk.get("/staff/requests").statusCode()).isEqualTo(200);
		assertThat(phone.get("/staff/requests").statusCode()).isEqualTo(200);
		return new StaffHttp[] { desk, phone };
	}

	private void assertSignedOut(StaffHttp browser) throws Exception {
		var response = browser.get("/staff/requests");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(StaffHttp.location(response)).contains("/staff/login");
	}

	private void account(String username) {
		this.accounts.create(username, username, EnumSet.of(Role.STAFF), password(username));
	}

	private Long id(String username) {
		return this.staff.findByUsername(username).orElseThrow().getId();
	}

	private static String password(String username) {
		return username + "-password-123";
	}

	private StaffHttp browser() {
		return new StaffHttp("http://localhost:" + this.port);
	}

	private TestSignIn signIn() {
		return new TestSignIn(this.jdbc, this.secrets, this.clock);
	}

}
