package com.nyfacialparalysis.consultation;

import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;

import com.nyfacialparalysis.requests.ConsultationRequest;
import com.nyfacialparalysis.requests.Requests;
import com.nyfacialparalysis.system.site.Language;

/**
 * Receives valid consultation forms and stores them. A request is committed to the
 * database before this returns, so the person's confirmation is never shown for something
 * that was not kept. A form sent twice (a double press, a resend after a dropped
 * connection) is stored once, under the id of its one-time token. The hourly limit per
 * address is checked and counted in the transaction that stores the request.
 */
@Service
class ConsultationDesk {

	private static final Logger log = LoggerFactory.getLogger(ConsultationDesk.class);

	private static final int ATTEMPTS = 5;

	private final Requests requests;

	private final SubmissionLimiter limiter;

	ConsultationDesk(Requests requests, SubmissionLimiter limiter) {
		this.requests = requests;
		this.limiter = limiter;
	}

	/** A request as the person's confirmation describes it: no personal details. */
	record Receipt(String reference, boolean urgent, boolean within72Hours, Instant receivedAt) {
	}

	/** The request already stored under this one-time token's id, if any. */
	Optional<Receipt> alreadyReceived(String tokenId) {
		return this.requests.withSubmissionToken(tokenId).map(ConsultationDesk::receipt);
	}

	/** The receipt of the request with this reference, if it is still kept. */
	Optional<Receipt> receiptFor(String reference) {
		return this.requests.withReference(reference).map(ConsultationDesk::receipt);
	}

	/**
	 * Stores the request, written in {@code language} and sent from {@code clientAddress}
	 * with a token carrying {@code tokenId}, and returns its receipt; empty when the
	 * address has used up its hour and nothing was stored.
	 */
	Optional<Receipt> receive(ConsultationForm form, String tokenId, String clientAddress, Language language) {
		RuntimeException last = null;
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			try {
				Optional<ConsultationRequest> stored = this.limiter.ifRoomFor(clientAddress,
						() -> this.requests.receive(tokenId, form.details(), form.isFromARobot(), language));
				stored.ifPresent(this::logStored);
				return stored.map(ConsultationDesk::receipt);
			}
			catch (DataIntegrityViolationException ex) {
				// Either the same form arrived twice at the same moment, or (very rarely)
				// two references clashed.
				var earlier = this.requests.withSubmissionToken(tokenId);
				if (earlier.isPresent()) {
					return earlier.map(ConsultationDesk::receipt);
				}
				last = ex;
			}
			catch (TransientDataAccessException ex) {
				// The address's row was not locked in time (many requests from it at
				// once): try again.
				last = ex;
			}
		}
		throw new NotStored(last);
	}

	private void logStored(ConsultationRequest stored) {
		log.info("Consultation request {} stored (urgent={}, within72Hours={}, status={})", stored.getReference(),
				stored.isUrgent(), stored.isWithin72Hours(), stored.getStatus());
	}

	/** A request that could not be stored after every attempt; nothing of it was kept. */
	static final class NotStored extends RuntimeException {

		NotStored(RuntimeException last) {
			super("Could not store a consultation request after " + ATTEMPTS + " attempts", last);
		}

	}

	private static Receipt receipt(ConsultationRequest request) {
		return new Receipt(request.getReference(), request.isUrgent(), request.isWithin72Hours(),
				request.getReceivedAt());
	}

}
