package com.nyfacialparalysis.consultation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.nyfacialparalysis.testsupport.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing a person types into the form reaches the application's log: only the reference
 * does.
 */
@SiteTest
@ExtendWith(OutputCaptureExtension.class)
class ConsultationPrivacyTest {

	/**
	 * What logs at debug level here while the form is sent, as when set in the settings.
	 */
	private static final List<String> LOGGERS = List.of("com.nyfacialparalysis", "org.springframework.web",
			"org.springframework.security", "org.hibernate.SQL");

	@LocalServerPort
	int port;

	@Autowired
	LoggingSystem logging;

	@BeforeEach
	void everythingLogsAtDebugLevel() {
		LOGGERS.forEach((logger) -> this.logging.setLogLevel(logger, LogLevel.DEBUG));
	}

	@AfterEach
	void backToTheSettings() {
		LOGGERS.forEach((logger) -> this.logging.setLogLevel(logger, null));
	}

	@Test
	void neitherNameNorContactDetailsNorMessageIsEverLoggedEvenAtDebugLevel(CapturedOutput output) throws Exception {
		ConsultationHttp browser = new ConsultationHttp("http://localhost:" + this.port);
		String reference = browser.submitValid(Map.of("fullName", "Zebediah Quartermaine", "email",
				"zebediah.q@example.org", "phone", "(917) 555-0199", "message", "Unmistakable-secret-words"));
		browser.post(Map.of("fullName", "Zebediah Quartermaine", "email", "zebediah.q@example.org"));
		assertThat(output.getAll()).contains(reference)
			.doesNotContain("Zebediah", "Quartermaine", "zebediah.q@example.org", "555-0199",
					"Unmistakable-secret-words");
	}

}
