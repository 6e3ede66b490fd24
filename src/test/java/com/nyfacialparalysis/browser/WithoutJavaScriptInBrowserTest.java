package com.nyfacialparalysis.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site with JavaScript turned off: reading, searching and asking for a consultation
 * all still work.
 */
class WithoutJavaScriptInBrowserTest extends BrowserTest {

	@Override
	boolean javascriptEnabled() {
		return false;
	}

	@Test
	void javascriptReallyIsOff() {
		open("/consultation");
		assertThat(find("#message-count").isDisplayed()).as("the character count needs JavaScript").isFalse();
	}

	@Test
	void aPersonCanGoFromTheHomePageToAConditionAndSearch() {
		open("/");
		this.browser.findElement(By.linkText("Bell's palsy")).click();
		waiting().until(ExpectedConditions.titleContains("Bell's palsy"));
		find("#site-search-q").sendKeys("botox");
		find(".site-search button").click();
		waiting().until(ExpectedConditions.titleContains("Search"));
		assertThat(find(".results a").getText()).isEqualTo("Botulinum toxin injections");
	}

	@Test
	void theConsultationFormWorksWithErrorsAndThenSucceeds() {
		open("/consultation");
		find("#suddenWeakness-YES").click();
		find("#fullName").sendKeys("Nora No-Script");
		find("#email").sendKeys("nora@example");
		find("#preferredContact-EMAIL").click();
		new Select(find("#concern")).selectByValue("not-sure");
		find("#consent").click();
		find(".consultation-form button[type=submit]").click();
		waiting().until(ExpectedConditions.titleContains("Error:"));
		assertThat(find(".error-summary").getText()).contains("Enter an email address in the correct format");
		find("#email").clear();
		find("#email").sendKeys("nora@example.com");
		find(".consultation-form button[type=submit]").click();
		waiting().until(ExpectedConditions.titleContains("Request received"));
		assertThat(find(".care-card--emergency").getText()).contains("Call 911 now");
		assertThat(find(".reference").getText()).matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
	}

	/**
	 * Weakness that began in the last 3 days, with no JavaScript: the form says what to
	 * do before it is sent, the confirmation says it again, and no 911 advice is given
	 * for a "No". The request is marked for the desk (StaffDeskTest, Within72HoursTest).
	 */
	@Test
	void weaknessOfTheLast3DaysIsToldToSeeADoctorTodayBeforeAndAfterSending() {
		open("/consultation");
		assertThat(find("form .care-card--within-72-hours").getText())
			.contains("See a doctor or go to urgent care today", "72 hours");
		assertThat(find("#suddenWeakness-YES").findElement(By.xpath("ancestor::fieldset")).getText())
			.contains("happening now", "last 24 hours");
		find("#suddenWeakness-NO").click();
		find("#fullName").sendKeys("Wendy Within");
		find("#phone").sendKeys("(212) 555-0144");
		find("#preferredContact-PHONE").click();
		new Select(find("#concern")).selectByValue("bells-palsy");
		new Select(find("#symptomDuration")).selectByVisibleText("In the last 3 days");
		find("#consent").click();
		find(".consultation-form button[type=submit]").click();
		waiting().until(ExpectedConditions.titleContains("Request received"));
		assertThat(find("main .care-card--within-72-hours").getText())
			.contains("one side of your face became weak in the last 3 days", "Do not wait for a call back from us");
		assertThat(this.browser.findElements(By.cssSelector(".care-card--emergency"))).isEmpty();
	}

}
