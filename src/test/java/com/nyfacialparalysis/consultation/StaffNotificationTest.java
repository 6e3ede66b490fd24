package com.nyfacialparalysis.consultation;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.nyfacialparalysis.requests.RequestReceived;
import com.nyfacialparalysis.requests.RequestStatus;
import com.nyfacialparalysis.requests.StoredRequests;
import com.nyfacialparalysis.system.site.Language;
import com.nyfacialparalysis.testsupport.SiteTest;
import com.nyfacialparalysis.testsupport.TestMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each new request sends the front desk one email with its reference, urgency and a link,
 * and nothing about the patient; the form never waits for it. Once the email is sent,
 * nothing about it is kept (its record in the event publication registry is gone), so no
 * second one can follow.
 */
@SiteTest
class StaffNotificationTest {

	@LocalServerPort
	int port;

	@Autowired
	StoredRequests requests;

	@Autowired
	StaffNotifier notifier;

	@Autowired
	TestMail mail;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anUrgentRequestSendsOneEmailWithItsReferenceAndLinkButNoPatientDetails() throws Exception {
		String reference = new ConsultationHttp("http://localhost:" + this.port)
			.submitValid(Map.of("fullName", "Priya Private", "email", "priya.private@example.org", "phone",
					"(646) 555-0142", "message", "Confidential-symptom-words", "suddenWeakness", "YES"));
		List<MimeMessage> received = sentOnce(reference);
		String subject = received.get(0).getSubject();
		String body = GreenMailUtil.getBody(received.get(0));
		long id = this.requests.findByReference(reference).orElseThrow().getId();
		assertThat(subject).isEqualTo("URGENT: new consultation request " + reference);
		assertThat(body).contains(reference, "Urgent: Yes", "https://www.example-clinic.test/staff/requests/" + id);
		assertThat(subject + body).doesNotContain("Priya", "Private", "priya.private@example.org", "555-0142",
				"Confidential-symptom-words", "Hemifacial", "bells-palsy", "Bell");
		assertThat(received.get(0).getAllRecipients()[0].toString()).isEqualTo("desk@clinic.test");
	}

	/**
	 * Weakness that began in the last 3 days: the desk is told to call today, in the
	 * subject and the body, still without the patient's details.
	 */
	@Test
	void aRequestWithin72HoursSaysSoInTheEmail() throws Exception {
		String reference = new ConsultationHttp("http://localhost:" + this.port).submitValid(Map.of("fullName",
				"Omar Onset", "phone", "(646) 555-0177", "suddenWeakness", "NO", "symptomDuration", "LAST_3_DAYS"));
		MimeMessage received = sentOnce(reference).get(0);
		String body = GreenMailUtil.getBody(received);
		assertThat(received.getSubject()).isEqualTo("Within 72 hours: new consultation request " + reference);
		assertThat(body).contains("Urgent: No", "Within 72 hours: Yes. The symptoms began in the last 3 days",
				"Please call them today");
		assertThat(received.getSubject() + body).doesNotContain("Omar", "Onset", "555-0177");
	}

	/**
	 * The email names the language of the form (the Spanish form stores its requests as
	 * Spanish: SpanishRequestsOnTheDeskTest). Checked on the message itself.
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

	/**
	 * A request caught by the trap field owes no email: none is recorded with it, so none
	 * is ever sent, now or by a later retry.
	 */
	@Test
	void aRequestCaughtAsSpamSendsNoEmail() throws Exception {
		String reference = new ConsultationHttp("http://localhost:" + this.port)
			.submitValid(Map.of("fullName", "Sam Spammer", "website", "http://spam.example"));
		assertThat(this.requests.findByReference(reference).orElseThrow().getStatus()).isEqualTo(RequestStatus.SPAM);
		assertThat(owed().statusOf(reference)).as("no email owed").isEmpty();
		assertThat(this.mail.about(reference)).isEmpty();
	}

	private OwedEmails owed() {
		return new OwedEmails(this.jdbc);
	}

	/** The one email about this request, once its record is gone. */
	private List<MimeMessage> sentOnce(String reference) {
		List<MimeMessage> received = this.mail.awaitAbout(reference, Duration.ofSeconds(10));
		await().atMost(Duration.ofSeconds(10)).until(() -> owed().statusOf(reference).isEmpty());
		assertThat(this.mail.about(reference)).as("emails about " + reference).hasSize(1);
		return received;
	}

}
