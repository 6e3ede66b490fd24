package com.nyfacialparalysis.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spanish-speaking patient's way through the Spanish site in a real browser: from
 * {@code /es/} to a condition, to its treatment, to the form; a mistake, the error
 * summary in Spanish, the correction, and the confirmation in Spanish. Every page is
 * checked with axe on the way, and the language link leads to the same page in English.
 */
class SpanishPatientJourneyInBrowserTest extends BrowserTest {

	@Test
	void aSpanishSpeakerReadsAboutTheirFaceAndAsksForAConsultation() {
		open("/es/");
		assertAccessible("/es/");
		assertThat(find("html").getAttribute("lang")).isEqualTo("es");
		this.browser.findElement(By.linkText("Espasmo hemifacial")).click();
		waiting().until(ExpectedConditions.titleContains("Espasmo hemifacial"));
		assertThat(find("h1").getText()).isEqualTo("Espasmo hemifacial");
		assertThat(this.browser.getCurrentUrl()).endsWith("/es/afecciones/espasmo-hemifacial");
		assertAccessible("a Spanish condition");

		find(".related a[href='/es/tratamientos/inyecciones-de-toxina-botulinica']").click();
		waiting().until(ExpectedConditions.urlContains("/es/tratamientos/inyecciones-de-toxina-botulinica"));
		assertAccessible("a Spanish treatment");
		WebElement english = find(".site-header__language a");
		assertThat(english.getText()).isEqualTo("English");
		assertThat(english.getAttribute("href")).endsWith("/treatments/botulinum-toxin-injections");

		find("main a.button[href='/es/consulta']").click();
		waiting().until(ExpectedConditions.titleContains("Pedir una consulta"));
		assertAccessible("the Spanish consultation form");

		find("#suddenWeakness-NO").click();
		find("#phone").sendKeys("(212) 555-0123");
		find("#preferredContact-PHONE").click();
		new Select(find("#concern")).selectByVisibleText("Espasmo hemifacial");
		find("#message").sendKeys("Me tiembla el ojo izquierdo desde hace dos meses.");
		find("#consent").click();
		find(".consultation-form button[type=submit]").click();

		waiting().until(ExpectedConditions.titleContains("Error:"));
		WebElement summary = find(".error-summary");
		assertThat(summary.getText()).contains("Hay un problema", "Escriba su nombre completo");
		assertThat(find("#phone").getAttribute("value")).isEqualTo("(212) 555-0123");
		assertAccessible("the Spanish form showing an error");

		summary.findElement(By.linkText("Escriba su nombre completo")).click();
		find("#fullName").sendKeys("María García");
		find(".consultation-form button[type=submit]").click();

		waiting().until(ExpectedConditions.titleContains("Solicitud recibida"));
		assertThat(this.browser.getCurrentUrl()).endsWith("/es/consulta/confirmacion");
		assertThat(find("html").getAttribute("lang")).isEqualTo("es");
		String reference = find(".reference").getText();
		assertThat(reference).matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
		assertThat(find("main").getText()).doesNotContain("María García", "555-0123", "Monday", "Tuesday");
		assertAccessible("the Spanish confirmation");
		this.browser.navigate().refresh();
		assertThat(find(".reference").getText()).as("a reload shows the same reference").isEqualTo(reference);
	}

}
