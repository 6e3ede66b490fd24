package com.nyfacialparalysis.requests;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * What tests elsewhere need to see of the stored requests, without the repository being
 * open to the application's other packages: how many there are, one by reference, and a
 * request stored as if it had arrived earlier.
 */
@Component
public class StoredRequests {

	private final RequestRepository repository;

	StoredRequests(RequestRepository repository) {
		this.repository = repository;
	}

	public long count() {
		return this.repository.count();
	}

	public Optional<ConsultationRequest> findByReference(String reference) {
		return this.repository.findByReference(reference);
	}

	/** Stores a request directly, with the reference and time given. */
	public ConsultationRequest save(String reference, String submissionToken, RequestDetails details,
			Instant receivedAt) {
		return this.repository
			.saveAndFlush(new ConsultationRequest(reference, submissionToken, details, RequestStatus.NEW, receivedAt));
	}

}
