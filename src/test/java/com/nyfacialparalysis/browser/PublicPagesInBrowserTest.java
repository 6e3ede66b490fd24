package com.nyfacialparalysis.browser;

import java.util.List;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import com.nyfacialparalysis.system.EnglishPages;
import com.nyfacialparalysis.system.SpanishPages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public page, opened in a real browser: no WCAG 2.2 AA violation that axe-core can
 * find, and no sideways scrolling on a 320px-wide phone.
 */
class PublicPagesInBrowserTest extends BrowserTest {

	static final List<String> PAGES = EnglishPages.ALL;

	static final List<String> SPANISH_PAGES = SpanishPages.ALL;

	@ParameterizedTest(name = "{0}")
	@FieldSource("SPANISH_PAGES")
	void hasNoAccessibilityViolationsInSpanish(String path) {
		hasNoAccessibilityViolations(path);
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("PAGES")
	void hasNoAccessibilityViolations(String path) {
		open(path);
		assertAccessible(path);
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("PAGES")
	void fitsA320PixelWideScreenWithoutSidewaysScrolling(String path) {
		open(path);
		useWidth(320);
		try {
			this.browser.navigate().refresh();
			assertNoSidewaysScroll(path + " at 320px");
		}
		finally {
			resetWidth();
		}
	}

	@Test
	void theAccessibilityCheckCatchesAnInputWithoutALabel() {
		open("/contact");
		this.browser.executeScript("var input = document.createElement('input'); input.type = 'text';"
				+ "document.querySelector('main').appendChild(input);");
		Assertions.assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertAccessible("/contact with an unlabelled input"))
			.withMessageContaining("label")
			.withMessageContaining("/contact");
	}

	@Test
	void theWidthCheckCatchesAPageThatScrollsSideways() {
		open("/contact");
		useWidth(320);
		try {
			this.browser.executeScript("var wide = document.createElement('pre');"
					+ "wide.textContent = 'x'.repeat(400); document.querySelector('main').appendChild(wide);");
			Assertions.assertThatExceptionOfType(AssertionError.class)
				.isThrownBy(() -> assertNoSidewaysScroll("/contact with a wide block"))
				.withMessageContaining("scrolls sideways");
		}
		finally {
			resetWidth();
		}
	}

	@Test
	void theSkipLinkIsTheFirstThingTheKeyboardReachesAndItMovesToTheMainContent() {
		open("/conditions/hemifacial-spasm");
		this.browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		assertThat(this.browser.switchTo().activeElement().getText()).isEqualTo("Skip to main content");
		this.browser.switchTo().activeElement().sendKeys(Keys.ENTER);
		assertThat(this.browser.getCurrentUrl()).endsWith("#main");
	}

	@Test
	void savesScreenshotsOfTheHomeAndAConditionPage() {
		open("/");
		screenshot("home");
		open("/conditions/hemifacial-spasm");
		screenshot("condition-hemifacial-spasm");
		assertThat(SCREENSHOTS.resolve("home-390.png")).exists();
		assertThat(SCREENSHOTS.resolve("condition-hemifacial-spasm-1280.png")).exists();
	}

}
