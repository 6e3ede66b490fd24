package com.nyfacialparalysis.consultation;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.StringUtils;

import com.nyfacialparalysis.clinic.ClinicProperties;
import com.nyfacialparalysis.requests.RequestReceived;

/**
 * Emails the front desk when a request arrives: that it arrived, whether it is urgent,
 * its reference and a link to it, and nothing about the patient.
 * <p>
 * The email owed is recorded with the request, in the request's transaction, by Spring
 * Modulith's event publication registry (this listener's id there is {@value #LISTENER}).
 * Once the request is committed, the first go runs here, on the application's task
 * executor, so it never slows or breaks the form: up to {@code attempts} tries, waiting
 * twice as long each time. When this method returns the registry deletes the record; when
 * it throws, the record stays, marked failed, and {@link NotificationRetries} tries the
 * email again. A record left behind by an instance that stopped mid-way stays too. The
 * first go begins no try once its record is older than
 * {@link NotificationProperties#firstGoWithin()}, after which the record belongs to the
 * retries alone. Everything is logged by reference only.
 */
@Component
class StaffNotifier {

	/** The listener's id in the registry, so that moving this class loses no record. */
	static final String LISTENER = "staff-notification";

	static final PublicationTargetIdentifier TARGET = PublicationTargetIdentifier.of(LISTENER);

	private static final Logger log = LoggerFactory.getLogger(StaffNotifier.class);

	/**
	 * How JavaMailSenderImpl says the email was sent and only the QUIT that followed
	 * failed.
	 */
	private static final String CLOSING_FAILED_AFTER_SENDING = "Failed to close server connection"
			+ " after message sending";

	private final NotificationProperties properties;

	private final ObjectProvider<JavaMailSender> mail;

	private final ClinicProperties clinic;

	private final MessageSource messages;

	private final EventPublicationRepository publications;

	private final Clock clock;

	private final RetryTemplate firstGo;

	StaffNotifier(NotificationProperties properties, ObjectProvider<JavaMailSender> mail, ClinicProperties clinic,
			MessageSource messages, EventPublicationRepository publications, Clock clock) {
		this.properties = properties;
		this.mail = mail;
		this.clinic = clinic;
		this.messages = messages;
		this.publications = publications;
		this.clock = clock;
		this.firstGo = new RetryTemplate(RetryPolicy.builder()
			.includes(MailException.class)
			.maxRetries(Math.max(0, properties.attempts() - 1))
			.delay(properties.firstRetryAfter())
			.multiplier(2)
			.build());
	}

	/**
	 * The first go, after the request is committed, on the application's task executor.
	 * @throws NotSent when the email is left to {@link NotificationRetries}
	 */
	@Async
	@TransactionalEventListener(id = LISTENER, fallbackExecution = true)
	public void requestReceived(RequestReceived event) {
		JavaMailSender sender = senderFor(event);
		if (sender == null) {
			return;
		}
		SimpleMailMessage message = message(event);
		int[] attempt = { 0 };
		try {
			this.firstGo.execute(() -> {
				checkStillOwedToTheFirstGo(event);
				attempt[0]++;
				try {
					send(sender, message, event);
					return null;
				}
				catch (MailException ex) {
					log.warn("Notification email for request {} failed (attempt {} of {}): {}", event.reference(),
							attempt[0], this.properties.attempts(), ex.getClass().getSimpleName());
					throw ex;
				}
			});
			log.info("Notification email sent for request {}", event.reference());
		}
		catch (RetryException ex) {
			if (ex.getCause() instanceof FirstGoOver over && !over.stillOwed) {
				return;
			}
			throw new NotSent(event.reference(), this.properties.retryEveryForTheLog());
		}
	}

	/**
	 * Sends the email once, for {@link NotificationRetries}; returns false when no email
	 * is sent because none is set up (which is logged).
	 * @throws MailException when the mail server did not take it
	 */
	boolean sendOnce(RequestReceived event) {
		JavaMailSender sender = senderFor(event);
		if (sender == null) {
			return false;
		}
		send(sender, message(event), event);
		return true;
	}

	/**
	 * Sends, counting as sent an email the mail server accepted when only closing the
	 * connection afterwards failed (Spring's own message for it, with no failed message):
	 * sending it again would give the desk a second one.
	 */
	private static void send(JavaMailSender sender, SimpleMailMessage message, RequestReceived event) {
		try {
			sender.send(message);
		}
		catch (MailSendException ex) {
			if (!ex.getFailedMessages().isEmpty() || ex.getMessage() == null
					|| !ex.getMessage().startsWith(CLOSING_FAILED_AFTER_SENDING)) {
				throw ex;
			}
			log.info("Notification email for request {} sent; closing the connection afterwards failed",
					event.reference());
		}
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

	/** The mail sender, or null (with one log line when an address is set) for none. */
	private JavaMailSender senderFor(RequestReceived event) {
		if (!this.properties.enabled()) {
			return null;
		}
		JavaMailSender sender = this.mail.getIfAvailable();
		// With Spring AOT the sender exists whatever the settings (the jar is built
		// with a mail host), so the host itself tells whether mail was set up.
		if (sender == null
				|| sender instanceof JavaMailSenderImpl configured && !StringUtils.hasText(configured.getHost())) {
			log.warn("clinic.notifications.email-to is set but spring.mail.host is not; no email for request {}",
					event.reference());
			return null;
		}
		return sender;
	}

	/**
	 * Stops the first go when the email is no longer owed (sent meanwhile), or when its
	 * record is older than {@link NotificationProperties#firstGoWithin()}, after which
	 * {@link NotificationRetries} may have taken it over.
	 */
	private void checkStillOwedToTheFirstGo(RequestReceived event) {
		Optional<TargetEventPublication> owed = this.publications
			.findIncompletePublicationsByEventAndTargetIdentifier(event, TARGET);
		if (owed.isEmpty()) {
			throw new FirstGoOver(false);
		}
		if (!owed.get().getPublicationDate().plus(this.properties.firstGoWithin()).isAfter(this.clock.instant())) {
			throw new FirstGoOver(true);
		}
	}

	/** The first go stops before a try: the email is no longer its to send. */
	private static final class FirstGoOver extends RuntimeException {

		private final boolean stillOwed;

		FirstGoOver(boolean stillOwed) {
			super(null, null, false, false);
			this.stillOwed = stillOwed;
		}

	}

	/**
	 * Thrown by the first go when the email is not sent yet, so that the registry keeps
	 * its record for {@link NotificationRetries}. Names the request by reference only.
	 */
	static final class NotSent extends RuntimeException {

		NotSent(String reference, String retryEvery) {
			super("Notification email for request " + reference + " not sent yet; it is tried again every "
					+ retryEvery, null, false, false);
		}

	}

}
