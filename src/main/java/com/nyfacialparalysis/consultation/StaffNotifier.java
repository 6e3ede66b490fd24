package com.nyfacialparalysis.consultation;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import com.nyfacialparalysis.clinic.ClinicProperties;

/**
 * Emails the front desk when a request arrives: that it arrived, whether it is urgent,
 * its reference and a link to it, and nothing about the patient. Sending happens on its
 * own thread after the request is stored, so it never slows or breaks the form; a failed
 * send is tried again a few times and logged by reference only.
 */
@Component
class StaffNotifier {

	private static final Logger log = LoggerFactory.getLogger(StaffNotifier.class);

	private final NotificationProperties properties;

	private final ObjectProvider<JavaMailSender> mail;

	private final ClinicProperties clinic;

	private final MessageSource messages;

	private final ExecutorService sender = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "staff-notifier");
		thread.setDaemon(true);
		return thread;
	});

	StaffNotifier(NotificationProperties properties, ObjectProvider<JavaMailSender> mail, ClinicProperties clinic,
			MessageSource messages) {
		this.properties = properties;
		this.mail = mail;
		this.clinic = clinic;
		this.messages = messages;
	}

	@EventListener
	void requestReceived(RequestReceived event) {
		if (!this.properties.enabled()) {
			return;
		}
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			log.warn("clinic.notifications.email-to is set but spring.mail.host is not; no email for request {}",
					event.reference());
			return;
		}
		SimpleMailMessage message = message(event);
		this.sender.submit(() -> send(sender, message, event.reference()));
	}

	SimpleMailMessage message(RequestReceived event) {
		var locale = Locale.US;
		SimpleMailMessage message = new SimpleMailMessage();
		message.setTo(this.properties.emailTo());
		message.setFrom(this.properties.from());
		message.setSubject(
				this.messages.getMessage(event.urgent() ? "notification.subject.urgent" : "notification.subject",
						new Object[] { event.reference() }, locale));
		message.setText(this.messages.getMessage("notification.body",
				new Object[] { event.reference(),
						this.messages.getMessage(event.urgent() ? "notification.urgent.yes" : "notification.urgent.no",
								null, locale),
						this.clinic.baseUrl() + "/staff/requests/" + event.id(),
						this.messages.getMessage("notification.language." + event.language().tag(), null, locale) },
				locale));
		return message;
	}

	private void send(JavaMailSender sender, SimpleMailMessage message, String reference) {
		Duration wait = this.properties.firstRetryAfter();
		for (int attempt = 1; attempt <= this.properties.attempts(); attempt++) {
			try {
				sender.send(message);
				log.info("Notification email sent for request {}", reference);
				return;
			}
			catch (MailException ex) {
				log.warn("Notification email for request {} failed (attempt {} of {}): {}", reference, attempt,
						this.properties.attempts(), ex.getClass().getSimpleName());
				if (attempt < this.properties.attempts()) {
					sleep(wait);
					wait = wait.multipliedBy(2);
				}
			}
		}
		log.error("Gave up sending the notification email for request {}; it is in the staff desk", reference);
	}

	private static void sleep(Duration wait) {
		try {
			Thread.sleep(wait.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@PreDestroy
	void stop() {
		this.sender.shutdown();
	}

}
