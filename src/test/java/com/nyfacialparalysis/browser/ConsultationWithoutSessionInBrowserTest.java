package com.nyfacialparalysis.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A patient in a real browser with JavaScript off, from the form to the confirmation and
 * a reload of it, is never given a server session: the browser holds only the form's own
 * cookies, and the server stores no session.
 */
class ConsultationWithoutSessionInBrowserTest extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Override
	boolean javascriptEnabled() {
		return false;
	}

	@Test
	void aPatientSendsTheFormAndSeesTheConfirmationWithoutAnySession() {
		int sessions = liveSessions();
		open("/consultation");
		assertThat(cookieNames()).containsExactly("consultation_csrf");
		find("#suddenWeakness-NO").click();
		find("#fullName").sendKeys("Sam Sessionless");
		find("#phone").sendKeys("(212) 555-0177");
		find("#preferredContact-PHONE").click();
		new Select(find("#concern")).selectByValue("not-sure");
		find("#consent").click();
		find(".consultation-form button[type=submit]").click();
		waiting().until(ExpectedConditions.titleContains("Request received"));
		String reference = find(".reference").getText();
		assertThat(reference).matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
		this.browser.navigate().refresh();
		assertThat(find(".reference").getText()).as("a reload shows the same reference").isEqualTo(reference);
		assertThat(cookieNames()).doesNotContain("SESSION", "JSESSIONID");
		assertThat(liveSessions()).as("sessions stored on the server").isEqualTo(sessions);
	}

	private List<String> cookieNames() {
		return this.browser.manage().getCookies().stream().map(Cookie::getName).sorted().toList();
	}

	private int liveSessions() {
		return this.jdbc.queryForObject("select count(*) from spring_session", Integer.class);
	}

}
