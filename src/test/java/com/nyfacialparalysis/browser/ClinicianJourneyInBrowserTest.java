package com.nyfacialparalysis.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import com.nyfacialparalysis.accounts.AuthenticatorApp;
import com.nyfacialparalysis.content.ContentLibrary;
import com.nyfacialparalysis.content.ContentPage;
import com.nyfacialparalysis.content.PageKind;
import com.nyfacialparalysis.content.review.SignOffRows;
import com.nyfacialparalysis.content.review.SignOffWatch;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clinician's review in a real browser: the administrator, a doctor, gives their own
 * account the clinician role and the name readers see; opens Content, where a page
 * changed since its sign-off comes first; reads what changed, word by word (marked in
 * words, and still visible in forced-colours mode); signs a page off, after being told to
 * tick the box; marks a reader's comment as dealt with; and sees the public page name
 * them. Every desk page and state is checked with axe-core and the Nu HTML checker, and
 * fits a 320px-wide screen.
 */
@TestPropertySource(properties = { "clinic.admin.username=chief", "clinic.admin.password=chief-password-1234" })
class ClinicianJourneyInBrowserTest extends BrowserTest {

	private static final String PASSWORD = "chief-password-1234";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ContentLibrary library;

	@Autowired
	SignOffWatch watch;

	@Test
	void anAdministratorWhoIsADoctorBecomesAClinicianReadsWhatChangedAndSignsAPageOff() {
		ContentPage changed = this.library.get(PageKind.CONDITION, "tourette-syndrome");
		SignOffRows.insert(this.jdbc, changed, "f".repeat(64),
				changed.fileContent().replace("## What is it?", "## What is this condition?"), 1L, "Ben Ode, DO", null,
				Instant.parse("2026-01-05T15:00:00Z"), LocalDate.parse("2027-01-05"));
		this.watch.check();
		this.jdbc.update("insert into page_feedback (page_kind, page_slug, helpful, comment, received_at)"
				+ " values ('CONDITION', 'hemifacial-spasm', false, 'What is an MRI?', current_timestamp)");

		signInForTheFirstTime();

		open("/staff/accounts");
		find("a[href$='/staff/accounts/1']").click();
		waiting().until(ExpectedConditions.titleContains("Roles and details"));
		assertAccessible("an account's roles and details");
		assertValidHtml("/staff/accounts/1");
		find("#reviewerTitle").sendKeys("facial plastic surgeon");
		find("main form.staff-form button[type=submit]").click();
		waiting().until(ExpectedConditions.titleContains("Error:"));
		assertThat(find(".error-summary a[href='#reviewerName']").getText()).contains("name readers see as well");
		assertAccessible("an account's roles and details with a mistake");
		assertValidHtmlAsShown("an account's roles and details with a mistake");
		find("#roles-CLINICIAN").click();
		find("#reviewerName").sendKeys("Ana Ruiz, MD");
		find("main form.staff-form button[type=submit]").click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice--done"), "saved"));

		find(".staff-bar a[href='/staff/content']").click();
		waiting().until(ExpectedConditions.titleContains("Content"));
		assertThat(find("table.content-table tbody tr:first-child").getText()).contains("Tourette",
				"Changed since review");
		checkEverywhere("/staff/content", "staff-content");

		find("a[href='/staff/content/conditions/tourette-syndrome']").click();
		waiting().until(ExpectedConditions.titleContains("Review: Tourette"));
		assertThat(find(".word-changes del").getText()).startsWith("removed:").contains("this condition?");
		assertThat(find(".word-changes ins").getText()).startsWith("added:").contains("it?");
		checkEverywhere("/staff/content/conditions/tourette-syndrome", "staff-content-changes");
		screenshotOf("section.changes", "staff-content-changes-close-up");
		assertChangesShowInForcedColours();

		open("/staff/content/conditions/hemifacial-spasm");
		find("form[action$='/sign-off'] button").click();
		waiting().until(ExpectedConditions.titleContains("Error:"));
		assertThat(find(".error-summary a[href='#confirmed']").getText())
			.contains("I have checked this page for accuracy and safety");
		assertAccessible("a page's review with the box not ticked");
		assertValidHtmlAsShown("a page's review with the box not ticked");
		find("#confirmed").click();
		find("form[action$='/sign-off'] button").click();
		waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice--done"), "Signed off"));
		assertThat(find("#history-heading + .table-wrap").getText()).contains("Ana Ruiz, MD, facial plastic surgeon");
		checkEverywhere("/staff/content/conditions/hemifacial-spasm", "staff-content-signed-off");

		find(".comments form button").click();
		waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice--done"), "dealt with"));
		assertThat(find(".comments").getText()).contains("What is an MRI?", "Dealt with by chief");
		assertAccessible("a page's comments after one was dealt with");

		open("/conditions/hemifacial-spasm");
		assertThat(find(".page-review__status").getText())
			.startsWith("Medically reviewed by Ana Ruiz, MD, facial plastic surgeon, on ");
		assertThat(find("main").getText()).doesNotContain("What is an MRI?");
	}

	private void signInForTheFirstTime() {
		open("/staff/login");
		find("#username").sendKeys("chief");
		find("#password").sendKeys(PASSWORD);
		find(".staff-form button[type=submit]").click();
		waiting().until(ExpectedConditions.titleContains("Set up two-factor sign-in"));
		find("#code").sendKeys(new AuthenticatorApp(find("#secret-key").getText()).nextCode());
		find("main form.staff-form button[type=submit]").click();
		waiting().until(ExpectedConditions.titleContains("Your recovery codes"));
		find("main a.button").click();
		waiting().until(ExpectedConditions.titleContains("Consultation requests"));
	}

	/**
	 * axe-core and the Nu checker on the page as shown, no sideways scroll at 320px, and
	 * screenshots.
	 */
	private void checkEverywhere(String path, String screenshot) {
		assertAccessible(path);
		assertValidHtml(path);
		useWidth(320);
		try {
			assertNoSidewaysScroll(path + " at 320px");
		}
		finally {
			resetWidth();
		}
		screenshot(screenshot);
	}

	/** Saves what one part of the page shows, at the desktop width. */
	private void screenshotOf(String css, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			WebElement part = find(css);
			this.browser.executeScript("arguments[0].scrollIntoView();", part);
			Files.write(SCREENSHOTS.resolve(name + ".png"), part.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * In forced-colours mode (Windows high contrast) backgrounds are dropped: what is
	 * added and removed must still be marked, by the words, the lines and the borders.
	 */
	private void assertChangesShowInForcedColours() {
		this.browser.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "forced-colors", "value", "active"))));
		try {
			assertThat((Boolean) this.browser.executeScript("return matchMedia('(forced-colors: active)').matches;"))
				.isTrue();
			for (String change : List.of("ins", "del")) {
				Map<?, ?> style = (Map<?, ?>) this.browser.executeScript("var s = getComputedStyle(document"
						+ ".querySelector('.word-changes " + change + "')); return {border: s.borderTopColor, "
						+ "width: s.borderTopWidth, line: s.textDecorationLine};");
				assertThat(String.valueOf(style.get("border"))).as("%s border", change)
					.isNotEqualTo("rgba(0, 0, 0, 0)");
				assertThat(String.valueOf(style.get("width"))).as("%s border", change).isEqualTo("1px");
				assertThat(String.valueOf(style.get("line"))).as("%s line", change)
					.isEqualTo(change.equals("ins") ? "underline" : "line-through");
			}
			screenshotOf("section.changes", "staff-content-changes-forced-colours");
		}
		finally {
			this.browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
		}
	}

}
