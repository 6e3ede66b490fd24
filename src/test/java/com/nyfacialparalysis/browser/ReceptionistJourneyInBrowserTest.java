package com.nyfacialparalysis.browser;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import com.nyfacialparalysis.accounts.AuthenticatorApp;
import com.nyfacialparalysis.accounts.Role;
import com.nyfacialparalysis.accounts.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A receptionist's morning in a real browser: the first sign-in sets up two-factor
 * sign-in from the key on the page and shows ten recovery codes; then the inbox, a
 * request, a status, a note, the export, signing out; signing in again with a recovery
 * code, a replayed code refused, and an administrator resetting a colleague's second
 * factor. Every staff page is checked with axe-core and the Nu HTML checker on the way.
 * On the shared site, as an administrator of its own, made as the first administrator is
 * (the role alone, two-factor sign-in not yet set up).
 */
class ReceptionistJourneyInBrowserTest extends BrowserTest {

	private static final String USERNAME = "reception";

	private static final String PASSWORD = "front-desk-password-1";

	@Autowired
	TestAccounts accounts;

	@BeforeAll
	void anAdministratorWhoHasNotSignedInYet() {
		this.accounts.create(USERNAME, USERNAME, EnumSet.of(Role.ADMIN), PASSWORD);
	}

	@Test
	void aReceptionistSetsUpTwoFactorSignInAndHandlesANewRequestFromInboxToSignOut() {
		String name = "Journey " + UUID.randomUUID().toString().substring(0, 6);
		submitRequestAsAPatient(name);

		open("/staff/requests");
		waiting().until(ExpectedConditions.titleContains("Staff sign-in"));
		assertAccessible("/staff/login");
		assertValidHtml("/staff/login");
		signInWithPassword(USERNAME, PASSWORD);

		waiting().until(ExpectedConditions.titleContains("Set up two-factor sign-in"));
		assertThat(find("img.qr-code").getAttribute("src")).startsWith("data:image/svg+xml;base64,");
		assertAccessible("the two-factor setup page");
		assertValidHtmlAsShown("the two-factor setup page");
		screenshot("staff-two-factor-setup");
		AuthenticatorApp app = new AuthenticatorApp(find("#secret-key").getText(), this.clock);
		find("#code").sendKeys("123456");
		find("main form.staff-form button[type=submit]").click();
		waiting().until(ExpectedConditions.titleContains("Error:"));
		assertThat(find(".error-summary").getText()).contains("not right");
		assertThat(find("#secret-key").getText()).as("the same key, to try again").isNotBlank();
		assertAccessible("the setup page with a wrong code");
		find("#code").sendKeys(app.nextCode());
		find("main form.staff-form button[type=submit]").click();

		waiting().until(ExpectedConditions.titleContains("Your recovery codes"));
		List<String> recoveryCodes = findAll(".recovery-codes li").stream().map((code) -> code.getText()).toList();
		assertThat(recoveryCodes).hasSize(10);
		assertAccessible("the recovery codes");
		assertValidHtmlAsShown("the recovery codes");
		find("main a.button").click();

		waiting().until(ExpectedConditions.titleContains("Consultation requests"));
		assertThat(find("table.inbox tbody tr:first-child").getText()).as("the newest request is at the top")
			.contains(name)
			.as("its symptoms began in the last 3 days")
			.contains("Within 72 hours");
		assertAccessible("/staff/requests");
		assertValidHtml("/staff/requests");
		screenshot("staff-inbox");

		find("table.inbox tbody tr:first-child td:nth-child(2) a").click();
		waiting().until(ExpectedConditions.titleContains("Request "));
		assertThat(find(".details").getText()).contains(name, "In the last 3 days");
		assertThat(find(".care-card--within-72-hours").getText()).contains("call today");
		assertAccessible("a request page");
		assertValidHtml(this.browser.getCurrentUrl().replaceFirst("^http://localhost:\\d+", ""));

		new Select(find("#status")).selectByValue("CONTACTED");
		find("form[action$='/status'] button").click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Status saved"));
		find("form[action$='/notes'] button").click();
		waiting().until(ExpectedConditions.titleContains("Error:"));
		assertThat(find(".error-summary a[href='#body']").getText()).contains("Write something");
		assertAccessible("a request page with a note left empty");
		find("#body").sendKeys("Called back, booked for Thursday.");
		find("form[action$='/notes'] button").click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Note added"));
		assertThat(find(".notes").getText()).contains("Called back, booked for Thursday.");
		assertThat(find(".history").getText()).contains("NEW to CONTACTED");
		assertAccessible("a request page after changes");

		// The desk's own frame: its header and links, none of the public site's.
		assertThat(findAll("header.desk-header")).hasSize(1);
		assertThat(find(".desk-header").getText()).contains("Staff desk", "Requests", "Reports", "Signed in as");
		assertThat(findAll(".site-header, .site-search, .site-footer")).isEmpty();

		find("form[action$='/calls'] button").click();
		waiting().until(ExpectedConditions.titleContains("Error:"));
		assertThat(find(".error-summary a[href='#call-outcome']").getText()).contains("Choose how the call went");
		assertAccessible("a request page with a call left without an outcome");
		assertValidHtmlAsShown("a request page with a call left without an outcome");
		find("label[for='call-outcome-VOICEMAIL']").click();
		find("#call-note").sendKeys("Left the clinic's number.");
		find("form[action$='/calls'] button").click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Call logged"));
		assertThat(find(".call-log").getText()).contains("Left a voicemail", "Left the clinic's number.");
		assertThat(find("#call-again-on").getAttribute("value")).isNotBlank();
		assertAccessible("a request page after a call");
		screenshot("staff-request-calls");

		for (String path : List.of("/staff/reports", "/staff/audit", "/staff/accounts", "/staff/backups",
				"/staff/password", "/staff/two-factor/recovery-codes", "/staff/content",
				"/staff/content/conditions/bells-palsy")) {
			open(path);
			assertAccessible(path);
			assertValidHtml(path);
		}

		open("/staff/requests");
		String csvUrl = find(".export-link").getAttribute("href");
		String csv = (String) this.browser.executeAsyncScript(
				"var done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);",
				csvUrl);
		assertThat(csv).contains("Reference,Received").contains(name);

		signOut();
		open("/staff/requests");
		waiting().until(ExpectedConditions.titleContains("Staff sign-in"));

		// A phone left at home: a recovery code instead of a code from the app.
		signInWithPassword(USERNAME, PASSWORD);
		waiting().until(ExpectedConditions.titleContains("Enter the code from your app"));
		assertAccessible("the code page");
		assertValidHtml("/staff/two-factor");
		find("main a[href*='recovery']").click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("recoveryCode")));
		assertAccessible("the recovery code page");
		signInWithRecoveryCode(recoveryCodes.get(0));
		signOut();

		// A code is good once: given again, it is refused.
		signInWithPassword(USERNAME, PASSWORD);
		waiting().until(ExpectedConditions.titleContains("Enter the code from your app"));
		String code = app.nextCode();
		find("#code").sendKeys(code);
		find("main form.staff-form button[type=submit]").click();
		waiting().until(ExpectedConditions.titleContains("Consultation requests"));
		signOut();
		signInWithPassword(USERNAME, PASSWORD);
		waiting().until(ExpectedConditions.titleContains("Enter the code from your app"));
		find("#code").sendKeys(code);
		find("main form.staff-form button[type=submit]").click();
		waiting().until(ExpectedConditions.titleContains("Error:"));
		assertThat(find(".error-summary").getText()).contains("already used");
		assertAccessible("the code page with a replayed code");
		open("/staff/requests");
		assertThat(this.browser.getTitle()).as("still not in").doesNotContain("Consultation requests");
		signInWithRecoveryCode(recoveryCodes.get(1));

		// An administrator resets a colleague's second factor (a lost phone, no codes
		// left).
		open("/staff/accounts");
		find("#new-username").sendKeys("nina");
		find("#new-displayName").sendKeys("Nina Newcomer");
		find("#new-password").sendKeys("nina-first-password");
		find("form[action$='/staff/accounts'] button[type=submit]").click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Account added"));
		signOut();
		signInWithPassword("nina", "nina-first-password");
		waiting().until(ExpectedConditions.titleContains("Set up two-factor sign-in"));
		String ninasFirstKey = find("#secret-key").getText();
		find("#code").sendKeys(new AuthenticatorApp(ninasFirstKey, this.clock).nextCode());
		find("main form.staff-form button[type=submit]").click();
		waiting().until(ExpectedConditions.titleContains("Your recovery codes"));
		signOut();

		signInWithPassword(USERNAME, PASSWORD);
		waiting().until(ExpectedConditions.titleContains("Enter the code from your app"));
		signInWithRecoveryCode(recoveryCodes.get(2));
		open("/staff/accounts");
		this.browser
			.findElement(
					By.xpath("//tr[td[2][normalize-space()='nina']]//form[contains(@action, '/two-factor')]//button"))
			.click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
				"Two-factor sign-in reset"));
		assertAccessible("the accounts page after a reset");
		signOut();
		signInWithPassword("nina", "nina-first-password");
		waiting().until(ExpectedConditions.titleContains("Set up two-factor sign-in"));
		assertThat(find("#secret-key").getText()).as("a new key to set up").isNotEqualTo(ninasFirstKey);
	}

	private void signInWithPassword(String username, String password) {
		open("/staff/login");
		find("#username").sendKeys(username);
		find("#password").sendKeys(password);
		find(".staff-form button[type=submit]").click();
	}

	/** On the code page: a recovery code instead of a code from the app. */
	private void signInWithRecoveryCode(String code) {
		open("/staff/two-factor?recovery");
		find("#recoveryCode").sendKeys(code);
		find("main form.staff-form button[type=submit]").click();
		waiting().until(ExpectedConditions.titleContains("Consultation requests"));
	}

	private void signOut() {
		find("form[action$='/staff/logout'] button").click();
		waiting().until(ExpectedConditions.titleContains("Staff sign-in"));
		assertThat(find(".notice").getText()).contains("You have signed out");
	}

	private void submitRequestAsAPatient(String name) {
		open("/consultation");
		find("#suddenWeakness-NO").click();
		find("#fullName").sendKeys(name);
		find("#phone").sendKeys("212 555 0199");
		find("#preferredContact-PHONE").click();
		new Select(find("#concern")).selectByValue("bells-palsy");
		new Select(find("#symptomDuration")).selectByVisibleText("In the last 3 days");
		find("#consent").click();
		find(".consultation-form button[type=submit]").click();
		waiting().until(ExpectedConditions.titleContains("Request received"));
		this.browser.manage().deleteAllCookies();
	}

}
