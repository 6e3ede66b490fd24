package com.nyfacialparalysis.consultation;

import java.time.Duration;
import java.util.Map;

import jakarta.mail.MessagingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.nyfacialparalysis.clinic.ClinicProperties;
import com.nyfacialparalysis.requests.RequestReceived;
import com.nyfacialparalysis.system.site.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the staff notifier decides about one send, without a site around it.
 */
@ExtendWith(OutputCaptureExtension.class)
class StaffNotifierOnItsOwnTest {

	private static final NotificationProperties PROPERTIES = new NotificationProperties("desk@clinic.test",
			"from@clinic.test", 4, Duration.ofSeconds(2), Duration.ofMinutes(1), Duration.ofMinutes(5),
			Duration.ofDays(3));

	private final RequestReceived event = new RequestReceived(1L, "NOMA-1LHO", false, false, Language.ENGLISH);

	/**
	 * With an address to email but no mail server set up, a new request sends nothing and
	 * says so in one log line, by reference; the email counts as done, so nothing is
	 * retried.
	 */
	@Test
	void anAddressWithoutAMailServerSendsNothingAndSaysSoOnce(CapturedOutput output) {
		StaffNotifier notifier = new StaffNotifier(PROPERTIES,
				new DefaultListableBeanFactory().getBeanProvider(JavaMailSender.class), null, null, null, null);
		notifier.requestReceived(this.event);
		assertThat(output.getOut().lines().filter((line) -> line.contains("NOMA-1LHO")).toList()).singleElement()
			.asString()
			.endsWith(
					"clinic.notifications.email-to is set but spring.mail.host is not; no email for request NOMA-1LHO");
	}

	/**
	 * The mail server took the email and only the goodbye after it failed: the email
	 * counts as sent, since trying it again would give the desk a second one. A send that
	 * failed is still a failure.
	 */
	@Test
	void anEmailTakenByTheServerCountsAsSentThoughClosingTheConnectionFailed() {
		assertThat(notifierWhoseServer(new MailSendException("Failed to close server connection after message sending",
				new MessagingException("QUIT timed out")))
			.sendOnce(this.event)).isTrue();
		assertThatExceptionOfType(MailSendException.class)
			.isThrownBy(() -> notifierWhoseServer(new MailSendException("Mail server connection failed",
					new MessagingException("Connection refused"), Map.of(new Object(), new Exception())))
				.sendOnce(this.event));
	}

	private StaffNotifier notifierWhoseServer(MailSendException fails) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl() {
			@Override
			public void send(SimpleMailMessage... messages) {
				throw fails;
			}
		};
		sender.setHost("127.0.0.1");
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("mailSender", sender);
		StaticMessageSource messages = new StaticMessageSource();
		messages.setUseCodeAsDefaultMessage(true);
		return new StaffNotifier(PROPERTIES, beans.getBeanProvider(JavaMailSender.class),
				new Binder(new MapConfigurationPropertySource(Map.of())).bindOrCreate("clinic", ClinicProperties.class),
				messages, null, null);
	}

}
