package com.nyfacialparalysis.browser;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.test.context.TestPropertySource;

import com.nyfacialparalysis.system.NuHtmlChecker;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A receptionist's morning in a real browser: sign in, find the newest request at the top
 * of the inbox, open it, mark it contacted, add a note, export, sign out. Every staff
 * page is checked with axe-core and the Nu HTML checker on the way.
 */
@TestPropertySource(properties = { "clinic.admin.username=frontdesk", "clinic.admin.password=front-desk-password-1",
		"clinic.consultation.rate-limit.max-per-hour=1000" })
class ReceptionistJourneyInBrowserTest extends BrowserTest {

	@Test
	void aReceptionistHandlesANewRequestFromInboxToSignOut() {
		String name = "Journey " + UUID.randomUUID().toString().substring(0, 6);
		submitRequestAsAPatient(name);

		open("/staff/requests");
		waiting().until(ExpectedConditions.titleContains("Staff sign-in"));
		assertAccessible("/staff/login");
		assertValidHtml("/staff/login");
		find("#username").sendKeys("frontdesk");
		find("#password").sendKeys("front-desk-password-1");
		find(".staff-form button[type=submit]").click();

		waiting().until(ExpectedConditions.titleContains("Consultation requests"));
		assertThat(find("table.inbox tbody tr:first-child").getText()).as("the newest request is at the top")
			.contains(name);
		assertAccessible("/staff/requests");
		assertValidHtml("/staff/requests");
		screenshot("staff-inbox");

		find("table.inbox tbody tr:first-child td:nth-child(2) a").click();
		waiting().until(ExpectedConditions.titleContains("Request "));
		assertThat(find(".details").getText()).contains(name);
		assertAccessible("a request page");
		assertValidHtml(this.browser.getCurrentUrl().replaceFirst("^http://localhost:\\d+", ""));

		new Select(find("#status")).selectByValue("CONTACTED");
		find("form[action$='/status'] button").click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Status saved"));
		find("#body").sendKeys("Called back, booked for Thursday.");
		find("form[action$='/notes'] button").click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Note added"));
		assertThat(find(".notes").getText()).contains("Called back, booked for Thursday.");
		assertThat(find(".history").getText()).contains("NEW to CONTACTED");
		assertAccessible("a request page after changes");

		for (String path : List.of("/staff/audit", "/staff/accounts", "/staff/backups", "/staff/password")) {
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

		find(".staff-bar__signout button").click();
		waiting().until(ExpectedConditions.titleContains("Staff sign-in"));
		assertThat(find(".notice").getText()).contains("You have signed out");
		open("/staff/requests");
		waiting().until(ExpectedConditions.titleContains("Staff sign-in"));
	}

	private void submitRequestAsAPatient(String name) {
		open("/consultation");
		find("#suddenWeakness-NO").click();
		find("#fullName").sendKeys(name);
		find("#phone").sendKeys("212 555 0199");
		find("#preferredContact-PHONE").click();
		new Select(find("#concern")).selectByValue("bells-palsy");
		find("#consent").click();
		find(".consultation-form button[type=submit]").click();
		waiting().until(ExpectedConditions.titleContains("Request received"));
		this.browser.manage().deleteAllCookies();
	}

	/**
	 * Checks the page as the browser received it, fetched again with the same session.
	 */
	private void assertValidHtml(String path) {
		String html = (String) this.browser.executeAsyncScript(
				"var done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);",
				url(path));
		assertThat(NuHtmlChecker.errors(html)).as("HTML errors on %s", path).isEmpty();
	}

}
