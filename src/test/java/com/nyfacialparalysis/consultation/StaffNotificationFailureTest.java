package com.nyfacialparalysis.consultation;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.nyfacialparalysis.requests.StoredRequests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With the mail server down, the person still gets their confirmation at once, the
 * request is stored, and the failed sends are retried and logged by reference only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=1",
				"clinic.notifications.email-to=desk@clinic.test", "clinic.notifications.attempts=2",
				"clinic.notifications.first-retry-after=100ms", "clinic.consultation.rate-limit.max-per-hour=1000" })
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class StaffNotificationFailureTest {

	@LocalServerPort
	int port;

	@Autowired
	StoredRequests requests;

	@Test
	void aMailServerOutageNeverBreaksTheFormOrLosesARequest(CapturedOutput output) throws Exception {
		long started = System.nanoTime();
		String reference = new ConsultationHttp("http://localhost:" + this.port)
			.submitValid(Map.of("fullName", "Otto Outage", "email", "otto@example.org"));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
		assertThat(this.requests.findByReference(reference)).isPresent();
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(output.getOut())
				.contains("Gave up sending the notification email for request " + reference));
		assertThat(output.getOut()).contains("failed (attempt 1 of 2)").doesNotContain("Otto", "otto@example.org");
	}

}
