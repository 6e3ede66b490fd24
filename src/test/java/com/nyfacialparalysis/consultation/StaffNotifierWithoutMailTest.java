package com.nyfacialparalysis.consultation;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSender;

import com.nyfacialparalysis.requests.RequestReceived;
import com.nyfacialparalysis.system.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With an address to email but no mail server set up, a new request sends nothing and
 * says so in one log line, by reference; the email counts as done, so nothing is retried.
 */
@ExtendWith(OutputCaptureExtension.class)
class StaffNotifierWithoutMailTest {

	@Test
	void anAddressWithoutAMailServerSendsNothingAndSaysSoOnce(CapturedOutput output) {
		NotificationProperties properties = new NotificationProperties("desk@clinic.test", "from@clinic.test", 4,
				Duration.ofSeconds(2), Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofDays(3));
		StaffNotifier notifier = new StaffNotifier(properties,
				new DefaultListableBeanFactory().getBeanProvider(JavaMailSender.class), null, null, null, null);
		RequestReceived event = new RequestReceived(1L, "NOMA-1LHO", false, false, Language.ENGLISH);
		notifier.requestReceived(event);
		assertThat(output.getOut().lines().filter((line) -> line.contains("NOMA-1LHO")).toList()).singleElement()
			.asString()
			.endsWith(
					"clinic.notifications.email-to is set but spring.mail.host is not; no email for request NOMA-1LHO");
	}

}
