package com.nyfacialparalysis.consultation;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.StringUtils;

import com.nyfacialparalysis.clinic.ClinicProperties;
import com.nyfacialparalysis.requests.RequestReceived;

/**
 * Emails the front desk when a request arrives: that it arrived, whether it is urgent,
 * its reference and a link to it, and nothing about the patient. Sending happens on the
 * application's task executor once the request is committed, so it never slows or breaks
 * the form; a failed send is tried again (Spring's {@link RetryTemplate}, waiting twice
 * as long each time) and logged by reference only.
 */
@Component
class StaffNotifier {

	private static final Logger log = LoggerFactory.getLogger(StaffNotifier.class);

	private final NotificationProperties properties;

	private final ObjectProvider<JavaMailSender> mail;

	private final ClinicProperties clinic;

	private final MessageSource messages;

	private final RetryTemplate retry;

	StaffNotifier(NotificationProperties properties, ObjectProvider<JavaMailSender> mail, ClinicProperties clinic,
			MessageSource messages) {
		this.properties = properties;
		this.mail = mail;
		this.clinic = clinic;
		this.messages = messages;
		this.retry = new RetryTemplate(RetryPolicy.builder()
			.includes(MailException.class)
			.maxRetries(Math.max(0, properties.attempts() - 1))
			.delay(properties.firstRetryAfter())
			.multiplier(2)
			.build());
	}

	/** After the request is committed, on the application's task executor. */
	@Async
	@TransactionalEventListener(fallbackExecution = true)
	public void requestReceived(RequestReceived event) {
		if (!this.properties.enabled()) {
			return;
		}
		JavaMailSender sender = this.mail.getIfAvailable();
		// With Spring AOT the sender exists whatever the settings (the jar is built
		// with a mail host), so the host itself tells whether mail was set up.
		if (sender == null
				|| sender instanceof JavaMailSenderImpl configured && !StringUtils.hasText(configured.getHost())) {
			log.warn("clinic.notifications.email-to is set but spring.mail.host is not; no email for request {}",
					event.reference());
			return;
		}
		send(sender, message(event), event.reference());
	}

	SimpleMailMessage message(RequestReceived event) {
		var locale = Locale.US;
		SimpleMailMessage message = new SimpleMailMessage();
		message.setTo(this.properties.emailTo());
		message.setFrom(this.properties.from());
		String subject = event.urgent() ? "notification.subject.urgent"
				: event.within72Hours() ? "notification.subject.within72Hours" : "notification.subject";
		message.setSubject(this.messages.getMessage(subject, new Object[] { event.reference() }, locale));
		message.setText(this.messages.getMessage("notification.body", new Object[] { event.reference(),
				this.messages.getMessage(event.urgent() ? "notification.urgent.yes" : "notification.urgent.no", null,
						locale),
				this.clinic.baseUrl() + "/staff/requests/" + event.id(),
				this.messages.getMessage("notification.language." + event.language().tag(), null, locale),
				this.messages.getMessage(
						event.within72Hours() ? "notification.within72Hours.yes" : "notification.within72Hours.no",
						null, locale) },
				locale));
		return message;
	}

	private void send(JavaMailSender sender, SimpleMailMessage message, String reference) {
		int[] attempt = { 0 };
		try {
			this.retry.execute(() -> {
				attempt[0]++;
				try {
					sender.send(message);
					return null;
				}
				catch (MailException ex) {
					log.warn("Notification email for request {} failed (attempt {} of {}): {}", reference, attempt[0],
							this.properties.attempts(), ex.getClass().getSimpleName());
					throw ex;
				}
			});
			log.info("Notification email sent for request {}", reference);
		}
		catch (RetryException ex) {
			log.error("Gave up sending the notification email for request {}; it is in the staff desk", reference);
		}
	}

}
