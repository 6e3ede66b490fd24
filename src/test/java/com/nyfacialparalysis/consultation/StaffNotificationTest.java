package com.nyfacialparalysis.consultation;

import java.util.Map;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.nyfacialparalysis.requests.RequestReceived;
import com.nyfacialparalysis.requests.StoredRequests;
import com.nyfacialparalysis.system.site.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each new request sends the front desk one email with its reference, urgency and a link,
 * and nothing about the patient; the form never waits for it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=" + StaffNotificationTest.SMTP_PORT,
				"clinic.notifications.email-to=desk@clinic.test", "clinic.consultation.rate-limit.max-per-hour=1000" })
@ActiveProfiles("test")
class StaffNotificationTest {

	static final int SMTP_PORT = 37025;

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(true);

	@LocalServerPort
	int port;

	@Autowired
	StoredRequests requests;

	@Autowired
	StaffNotifier notifier;

	@Test
	void anUrgentRequestSendsOneEmailWithItsReferenceAndLinkButNoPatientDetails() throws Exception {
		String reference = new ConsultationHttp("http://localhost:" + this.port)
			.submitValid(Map.of("fullName", "Priya Private", "email", "priya.private@example.org", "phone",
					"(646) 555-0142", "message", "Confidential-symptom-words", "suddenWeakness", "YES"));
		assertThat(smtp.waitForIncomingEmail(10_000, 1)).as("one email arrives").isTrue();
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		String subject = received[0].getSubject();
		String body = GreenMailUtil.getBody(received[0]);
		long id = this.requests.findByReference(reference).orElseThrow().getId();
		assertThat(subject).isEqualTo("URGENT: new consultation request " + reference);
		assertThat(body).contains(reference, "Urgent: Yes", "https://www.example-clinic.test/staff/requests/" + id);
		assertThat(subject + body).doesNotContain("Priya", "Private", "priya.private@example.org", "555-0142",
				"Confidential-symptom-words", "Hemifacial", "bells-palsy", "Bell");
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("desk@clinic.test");
	}

	/**
	 * Weakness that began in the last 3 days: the desk is told to call today, in the
	 * subject and the body, still without the patient's details.
	 */
	@Test
	void aRequestWithin72HoursSaysSoInTheEmail() throws Exception {
		String reference = new ConsultationHttp("http://localhost:" + this.port).submitValid(Map.of("fullName",
				"Omar Onset", "phone", "(646) 555-0177", "suddenWeakness", "NO", "symptomDuration", "LAST_3_DAYS"));
		assertThat(smtp.waitForIncomingEmail(10_000, 1)).as("one email arrives").isTrue();
		MimeMessage received = smtp.getReceivedMessages()[0];
		String body = GreenMailUtil.getBody(received);
		assertThat(received.getSubject()).isEqualTo("Within 72 hours: new consultation request " + reference);
		assertThat(body).contains("Urgent: No", "Within 72 hours: Yes. The symptoms began in the last 3 days",
				"Please call them today");
		assertThat(received.getSubject() + body).doesNotContain("Omar", "Onset", "555-0177");
	}

	/**
	 * The email names the language of the form (the Spanish form stores its requests as
	 * Spanish: SpanishRequestsOnTheDeskTest). Checked on the message itself, so that no
	 * second email is sent in this class to arrive late in another test's mailbox.
	 */
	@Test
	void theEmailSaysWhichLanguageToCallBackIn() {
		String spanish = this.notifier.message(new RequestReceived(7L, "ABCD-EFGH", false, false, Language.SPANISH))
			.getText();
		assertThat(spanish).contains("Reference: ABCD-EFGH",
				"Language: Spanish. Please call back with a Spanish speaker.");
		String english = this.notifier.message(new RequestReceived(8L, "ABCD-EFGJ", true, false, Language.ENGLISH))
			.getText();
		assertThat(english).contains("Language: English").doesNotContain("Spanish");
	}

	@Test
	void aRequestCaughtAsSpamSendsNoEmail() throws Exception {
		new ConsultationHttp("http://localhost:" + this.port).submitValid(Map.of("website", "http://spam.example"));
		assertThat(smtp.waitForIncomingEmail(2_000, 1)).isFalse();
	}

}
