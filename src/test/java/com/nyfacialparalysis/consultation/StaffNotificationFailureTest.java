package com.nyfacialparalysis.consultation;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.nyfacialparalysis.requests.StoredRequests;
import com.nyfacialparalysis.testsupport.SettableClock;
import com.nyfacialparalysis.testsupport.SiteTest;
import com.nyfacialparalysis.testsupport.TestMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With the mail server down, the person still gets their confirmation at once and the
 * request is stored; the email is owed until the mail server is back, and then sent once.
 * Everything is logged by reference only.
 */
@SiteTest
@ExtendWith(OutputCaptureExtension.class)
class StaffNotificationFailureTest {

	@LocalServerPort
	int port;

	@Autowired
	StoredRequests requests;

	@Autowired
	TestMail mail;

	@Autowired
	NotificationRetries retries;

	@Autowired
	SettableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void mailServerBackUp() {
		this.mail.up();
	}

	@Test
	void anEmailNotSentDuringAnOutageIsSentOnceWhenTheMailServerIsBack(CapturedOutput output) throws Exception {
		this.mail.down();
		long started = System.nanoTime();
		String reference = new ConsultationHttp("http://localhost:" + this.port)
			.submitValid(Map.of("fullName", "Otto Outage", "email", "otto@example.org"));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
		assertThat(this.requests.findByReference(reference)).isPresent();
		awaitOwed(reference, "FAILED");
		// Spring Modulith marks the publication failed before it logs why, so the line
		// may follow a moment later.
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(output.getOut()).contains(
					"Notification email for request " + reference + " failed (attempt 1 of 4)",
					"Notification email for request " + reference + " not sent yet"));

		this.retries.run();
		assertThat(owed().statusOf(reference)).as("still owed while the mail server is down").contains("FAILED");
		assertThat(this.mail.about(reference)).isEmpty();

		this.mail.up();
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			this.retries.run();
			return !this.mail.about(reference).isEmpty();
		});
		assertThat(owed().statusOf(reference)).as("no longer owed").isEmpty();
		this.retries.run();
		this.retries.run();
		assertThat(this.mail.about(reference)).as("emails about " + reference).hasSize(1);
		assertThat(output.getOut()).contains("Notification email sent for request " + reference + " (tried again)")
			.doesNotContain("Otto", "otto@example.org");
	}

	/**
	 * An email still not sent three days after the request is given up, with an error in
	 * the log naming the request, and never sent afterwards: the request is in the staff
	 * desk all along.
	 */
	@Test
	void anEmailStillNotSentAfterThreeDaysIsGivenUpAndLogged(CapturedOutput output) throws Exception {
		this.mail.down();
		String reference = new ConsultationHttp("http://localhost:" + this.port)
			.submitValid(Map.of("fullName", "Greta Given-Up"));
		awaitOwed(reference, "FAILED");

		this.clock.runAhead(Duration.ofDays(3).plusMinutes(1));
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			this.retries.run();
			return owed().statusOf(reference).isEmpty();
		});
		assertThat(output.getOut()).contains("Gave up sending the notification email for request " + reference)
			.doesNotContain("Greta");

		this.mail.up();
		this.retries.run();
		assertThat(this.mail.about(reference)).isEmpty();
	}

	private void awaitOwed(String reference, String status) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> owed().statusOf(reference).filter(status::equals).isPresent());
	}

	private OwedEmails owed() {
		return new OwedEmails(this.jdbc);
	}

}
