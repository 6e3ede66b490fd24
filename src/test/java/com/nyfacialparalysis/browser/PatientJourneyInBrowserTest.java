package com.nyfacialparalysis.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A worried person's way through the site in a real browser: from the home page to a
 * condition, to its treatment, to the form; a mistake, the error summary, the correction,
 * and the confirmation. Also the same form with the keyboard alone.
 */
class PatientJourneyInBrowserTest extends BrowserTest {

	@Test
	void aPatientReadsAboutTheirTwitchAndAsksForAConsultation() {
		open("/");
		assertAccessible("/");
		this.browser.findElement(By.linkText("Hemifacial spasm")).click();
		waiting().until(ExpectedConditions.titleContains("Hemifacial spasm"));
		assertThat(find("h1").getText()).isEqualTo("Hemifacial spasm");

		find(".related a[href='/treatments/botulinum-toxin-injections']").click();
		waiting().until(ExpectedConditions.titleContains("Botulinum toxin"));
		assertThat(find("h1").getText()).isEqualTo("Botulinum toxin injections");

		find("main a.button[href='/consultation']").click();
		waiting().until(ExpectedConditions.titleContains("Ask for a consultation"));
		assertAccessible("the consultation form");
		screenshot("consultation-form");

		find("#suddenWeakness-NO").click();
		find("#phone").sendKeys("(212) 555-0123");
		find("#preferredContact-PHONE").click();
		new Select(find("#concern")).selectByVisibleText("Hemifacial spasm");
		find("#message").sendKeys("My left eye has twitched for two months.");
		find("#consent").click();
		find(".consultation-form button[type=submit]").click();

		waiting().until(ExpectedConditions.titleContains("Error:"));
		WebElement summary = find(".error-summary");
		assertThat(summary.getText()).contains("There is a problem", "Enter your full name");
		assertThat(this.browser.switchTo().activeElement()).as("focus moves to the error summary").isEqualTo(summary);
		assertThat(find("#phone").getAttribute("value")).isEqualTo("(212) 555-0123");
		assertThat(find("#consent").isSelected()).isTrue();
		assertAccessible("the form showing an error");
		screenshot("consultation-form-error");

		summary.findElement(By.linkText("Enter your full name")).click();
		find("#fullName").sendKeys("Maria Garcia");
		find(".consultation-form button[type=submit]").click();

		waiting().until(ExpectedConditions.titleContains("Request received"));
		String reference = find(".reference").getText();
		assertThat(reference).matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
		assertThat(find("main").getText()).contains("What happens next").doesNotContain("Maria Garcia", "555-0123");
		assertThat(this.browser.getCurrentUrl()).endsWith("/consultation/confirmation").doesNotContain(reference);
		assertAccessible("the confirmation");
		screenshot("consultation-confirmation");

		this.browser.navigate().refresh();
		assertThat(find(".reference").getText()).as("a reload shows the same reference").isEqualTo(reference);
	}

	@Test
	void theFormCanBeFilledInAndSentWithTheKeyboardAlone() {
		open("/consultation");
		tabTo("suddenWeakness-YES");
		press(Keys.ARROW_DOWN);
		assertThat(find("#suddenWeakness-NO").isSelected()).isTrue();
		tabTo("fullName");
		type("Ana Keyboard");
		tabTo("phone");
		type("212 555 0144");
		tabTo("preferredContact-PHONE");
		press(Keys.SPACE);
		tabTo("concern");
		type("Bell");
		tabTo("consent");
		press(Keys.SPACE);
		assertThat(find("#consent").isSelected()).isTrue();
		tabTo(null);
		assertThat(this.browser.switchTo().activeElement().getText()).isEqualTo("Send my request");
		press(Keys.ENTER);
		waiting().until(ExpectedConditions.titleContains("Request received"));
		assertThat(find(".reference").getText()).matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
	}

	@Test
	void theFormAndItsErrorsFitA320PixelScreen() {
		open("/consultation");
		useWidth(320);
		try {
			assertNoSidewaysScroll("/consultation at 320px");
			find(".consultation-form button[type=submit]").click();
			waiting().until(ExpectedConditions.titleContains("Error:"));
			assertNoSidewaysScroll("/consultation with errors at 320px");
		}
		finally {
			resetWidth();
		}
	}

	/**
	 * Presses Tab until the element with this id has focus (or, with null, the submit
	 * button).
	 */
	private void tabTo(String id) {
		for (int i = 0; i < 80; i++) {
			WebElement active = this.browser.switchTo().activeElement();
			boolean there = (id == null) ? "submit".equals(active.getAttribute("type"))
					: id.equals(active.getAttribute("id"));
			if (there) {
				return;
			}
			active.sendKeys(Keys.TAB);
		}
		throw new AssertionError("Could not reach " + (id == null ? "the submit button" : "#" + id) + " with Tab");
	}

	private void press(CharSequence key) {
		this.browser.switchTo().activeElement().sendKeys(key);
	}

	private void type(String text) {
		this.browser.switchTo().activeElement().sendKeys(text);
	}

}
