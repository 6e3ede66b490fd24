package com.nyfacialparalysis.consultation;

import java.util.LinkedHashMap;
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
	ConsultationRequestRepository requests;

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

	@Test
	void aRequestFromTheSpanishFormSaysItsLanguageAndStillNoPatientDetails() throws Exception {
		ConsultationHttp browser = new ConsultationHttp("http://localhost:" + this.port);
		Map<String, String> fields = new LinkedHashMap<>(browser.hiddenFields("/es/consulta"));
		fields.putAll(ConsultationHttp.validFields());
		fields.put("fullName", "Lucía Privada");
		assertThat(browser.post("/es/consulta", fields).statusCode()).isEqualTo(303);
		assertThat(smtp.waitForIncomingEmail(10_000, 1)).as("one email arrives").isTrue();
		String body = GreenMailUtil.getBody(smtp.getReceivedMessages()[0]);
		assertThat(body).contains("Language: Spanish. Please call back with a Spanish speaker.")
			.doesNotContain("Lucía", "Privada", "maria@example.com", "555-0123");
	}

	@Test
	void anEnglishRequestSaysEnglish() throws Exception {
		new ConsultationHttp("http://localhost:" + this.port).submitValid(Map.of());
		assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
		assertThat(GreenMailUtil.getBody(smtp.getReceivedMessages()[0])).contains("Language: English");
	}

	@Test
	void aRequestCaughtAsSpamSendsNoEmail() throws Exception {
		new ConsultationHttp("http://localhost:" + this.port).submitValid(Map.of("website", "http://spam.example"));
		assertThat(smtp.waitForIncomingEmail(2_000, 1)).isFalse();
	}

}
