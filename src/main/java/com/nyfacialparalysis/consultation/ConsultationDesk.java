package com.nyfacialparalysis.consultation;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives valid consultation forms and stores them. A request is committed to the
 * database before this returns, so the person's confirmation is never shown for something
 * that was not kept. A form sent twice (a double press, a resend after a dropped
 * connection) is stored once.
 */
@Service
class ConsultationDesk {

	private static final Logger log = LoggerFactory.getLogger(ConsultationDesk.class);

	private static final int ATTEMPTS = 5;

	private final ConsultationRequestRepository requests;

	private final ReferenceGenerator references;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ConsultationDesk(ConsultationRequestRepository requests, ReferenceGenerator references,
			TransactionTemplate transaction, Clock clock, ApplicationEventPublisher events) {
		this.requests = requests;
		this.references = references;
		this.transaction = transaction;
		this.clock = clock;
		this.events = events;
	}

	/** A request as the person's confirmation describes it: no personal details. */
	record Receipt(String reference, boolean urgent, Instant receivedAt) implements Serializable {
	}

	/**
	 * Whether this form was already stored, under the one-time token it was shown with.
	 */
	Optional<Receipt> alreadyReceived(ConsultationForm form) {
		if (!isToken(form.getSubmissionToken())) {
			return Optional.empty();
		}
		return this.requests.findBySubmissionToken(form.getSubmissionToken()).map(ConsultationDesk::receipt);
	}

	/**
	 * Stores the request and returns its receipt. {@code alongside} runs in the same
	 * transaction, just before the request is written (the rate limit's count), so both
	 * are committed together or not at all.
	 */
	Receipt receive(ConsultationForm form, Runnable alongside) {
		String token = isToken(form.getSubmissionToken()) ? form.getSubmissionToken() : UUID.randomUUID().toString();
		RequestStatus status = form.isFromARobot() ? RequestStatus.SPAM : RequestStatus.NEW;
		DataIntegrityViolationException last = null;
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			try {
				ConsultationRequest stored = this.transaction.execute((tx) -> {
					alongside.run();
					return this.requests.saveAndFlush(
							new ConsultationRequest(this.references.next(), token, form, status, this.clock.instant()));
				});
				log.info("Consultation request {} stored (urgent={}, status={})", stored.getReference(),
						stored.isUrgent(), stored.getStatus());
				if (stored.getStatus() == RequestStatus.NEW) {
					this.events
						.publishEvent(new RequestReceived(stored.getId(), stored.getReference(), stored.isUrgent()));
				}
				return receipt(stored);
			}
			catch (DataIntegrityViolationException ex) {
				// Either the same form arrived twice at the same moment, or (very rarely)
				// two references clashed.
				var earlier = this.requests.findBySubmissionToken(token);
				if (earlier.isPresent()) {
					return receipt(earlier.get());
				}
				last = ex;
			}
		}
		throw new IllegalStateException("Could not store a consultation request after " + ATTEMPTS + " attempts", last);
	}

	private static Receipt receipt(ConsultationRequest request) {
		return new Receipt(request.getReference(), request.isUrgent(), request.getReceivedAt());
	}

	static boolean isToken(String value) {
		if (value == null || value.length() != 36) {
			return false;
		}
		try {
			UUID.fromString(value);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
