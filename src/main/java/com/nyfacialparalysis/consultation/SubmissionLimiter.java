package com.nyfacialparalysis.consultation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import com.nyfacialparalysis.system.RecentAttempts;

/**
 * Limits how many consultation requests one client address can store in an hour: a
 * sliding hour, counted in the database ({@link RecentAttempts}), so the limit holds
 * across every instance that shares it. Only a request that is about to be stored counts:
 * a form sent back with errors costs nothing.
 */
@Component
class SubmissionLimiter {

	private static final String KIND = "consultation";

	private static final Duration HOUR = Duration.ofHours(1);

	private final int perHour;

	private final RecentAttempts attempts;

	private final Clock clock;

	SubmissionLimiter(ConsultationProperties properties, RecentAttempts attempts, Clock clock) {
		this.perHour = properties.rateLimit().maxPerHour();
		this.attempts = attempts;
		this.clock = clock;
	}

	/** Whether this address may store another request this hour. */
	boolean hasRoomFor(String clientAddress) {
		return this.attempts.count(KIND, clientAddress, HOUR) < this.perHour;
	}

	/**
	 * Counts one stored request for this address. Called inside the transaction that
	 * stores it, so the count and the request are committed together (one write to the
	 * database, and no count without a request).
	 */
	void countStored(String clientAddress) {
		this.attempts.record(KIND, clientAddress);
	}

	/** Seconds until this address may store another request. */
	long secondsUntilNext(String clientAddress) {
		return this.attempts.oldest(KIND, clientAddress, HOUR)
			.map((oldest) -> Duration.between(Instant.now(this.clock), oldest.plus(HOUR)).toSeconds())
			.map((seconds) -> Math.max(1, seconds))
			.orElse(0L);
	}

}
