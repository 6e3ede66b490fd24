package com.nyfacialparalysis.consultation;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing a person types into the form reaches the application's log: only the reference
 * does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "clinic.consultation.rate-limit.max-per-hour=1000", "logging.level.com.nyfacialparalysis=DEBUG",
				"logging.level.org.springframework.web=DEBUG", "logging.level.org.springframework.security=DEBUG",
				"logging.level.org.hibernate.SQL=DEBUG" })
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class ConsultationPrivacyTest {

	@LocalServerPort
	int port;

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
