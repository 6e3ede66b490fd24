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

}
