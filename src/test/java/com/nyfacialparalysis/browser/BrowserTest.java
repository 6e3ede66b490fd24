package com.nyfacialparalysis.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.nyfacialparalysis.system.NuHtmlChecker;
import com.nyfacialparalysis.testsupport.SettableClock;
import com.nyfacialparalysis.testsupport.SiteTest;
import com.nyfacialparalysis.testsupport.UsesBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A running site and one real browser for the whole test class. Subclasses drive the
 * browser as a person would and check each page for accessibility, width and looks. An
 * authenticator app given the site's clock ({@link #clock}) moves it on to the next
 * code's step instead of waiting up to 30 seconds for it.
 */
@SiteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@UsesBrowser
abstract class BrowserTest {

	/** The axe-core rule sets for WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
	static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	/** The site's clock. */
	@Autowired
	SettableClock clock;

	ChromeDriver browser;

	@BeforeAll
	void startBrowser() {
		this.browser = Browser.start(javascriptEnabled());
		this.browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	boolean javascriptEnabled() {
		return true;
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	void open(String path) {
		this.browser.get(url(path));
	}

	WebElement find(String css) {
		return this.browser.findElement(By.cssSelector(css));
	}

	List<WebElement> findAll(String css) {
		return this.browser.findElements(By.cssSelector(css));
	}

	WebDriverWait waiting() {
		return new WebDriverWait(this.browser, Duration.ofSeconds(10));
	}

	/**
	 * Runs axe-core on the page as it is now and fails with each violation, its page and
	 * its elements.
	 */
	void assertAccessible(String what) {
		List<Axe.Violation> violations = Axe.violations(this.browser, WCAG_TAGS);
		String report = violations.stream().map(Axe.Violation::toString).collect(Collectors.joining("\n"));
		assertThat(violations)
			.as("accessibility violations on %s (%s):%n%s", what, this.browser.getCurrentUrl(), report)
			.isEmpty();
	}

	/**
	 * Sets the width of the page as a phone would, without the browser's own minimum
	 * window size.
	 */
	void useWidth(int width) {
		this.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
	}

	void resetWidth() {
		this.browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	/** Fails when the page scrolls sideways at the width now in use. */
	void assertNoSidewaysScroll(String what) {
		Number scrollWidth = (Number) this.browser.executeScript("return document.documentElement.scrollWidth;");
		Number viewport = (Number) this.browser.executeScript("return document.documentElement.clientWidth;");
		assertThat(scrollWidth.intValue())
			.as("%s scrolls sideways: content %spx wide in a %spx window", what, scrollWidth, viewport)
			.isLessThanOrEqualTo(viewport.intValue());
	}

	/**
	 * Saves what the page shows at a phone's and a desktop's width under
	 * target/screenshots.
	 */
	void screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			for (int width : new int[] { 390, 1280 }) {
				useWidth(width);
				Number height = (Number) this.browser.executeScript("return document.documentElement.scrollHeight;");
				this.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height",
						Math.min(height.intValue(), 6000), "deviceScaleFactor", 1, "mobile", width < 600));
				byte[] png = this.browser.getScreenshotAs(OutputType.BYTES);
				Files.write(SCREENSHOTS.resolve(name + "-" + width + ".png"), png);
			}
			resetWidth();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not save the screenshot " + name, ex);
		}
	}

	/**
	 * Checks the page as the browser received it, fetched again with the same session.
	 */
	void assertValidHtml(String path) {
		String html = (String) this.browser.executeAsyncScript(
				"var done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);",
				url(path));
		assertThat(NuHtmlChecker.errors(html)).as("HTML errors on %s", path).isEmpty();
	}

	/**
	 * Checks the page as it is shown now (for a page that is shown once, which fetching
	 * again would change).
	 */
	void assertValidHtmlAsShown(String what) {
		String html = "<!DOCTYPE html>\n" + this.browser.executeScript("return document.documentElement.outerHTML;");
		assertThat(NuHtmlChecker.errors(html)).as("HTML errors on %s", what).isEmpty();
	}

}
