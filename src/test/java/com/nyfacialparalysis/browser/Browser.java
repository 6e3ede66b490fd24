package com.nyfacialparalysis.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's Chromium through Debian's chromedriver, headless, with a fresh profile
 * and nothing that reaches out to the network: Selenium Manager never downloads a driver
 * or a browser.
 *
 * <p>
 * Where the browser is missing, the tests that need it are skipped on a developer's
 * machine and fail in CI ({@code CI=true}), so a green CI run always means the browser
 * checks ran.
 */
final class Browser {

	static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));

	private Browser() {
	}

	/**
	 * Skips (locally) or fails (in CI) when Chromium or chromedriver is not installed.
	 */
	static void requireBrowser() {
		boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		String missing = "Chromium and chromedriver are needed for the browser tests: install Debian's chromium and "
				+ "chromium-driver packages (apt-get install chromium chromium-driver); looked for " + CHROMIUM
				+ " and " + CHROMEDRIVER;
		if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
			Assertions.fail(missing);
		}
		Assumptions.assumeTrue(present, missing);
	}

	static ChromeDriver start(boolean javascript) {
		requireBrowser();
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--disable-extensions", "--disable-default-apps", "--window-size=1280,900",
				"--user-data-dir=" + freshProfile());
		if (!javascript) {
			options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

	private static String freshProfile() {
		try {
			Path profile = Files.createTempDirectory("nyfp-chromium-");
			profile.toFile().deleteOnExit();
			return profile.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
