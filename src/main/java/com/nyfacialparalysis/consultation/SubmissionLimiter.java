package com.nyfacialparalysis.consultation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import com.nyfacialparalysis.system.limits.RecentAttempts;

/**
 * Limits how many consultation requests one client address can store in an hour: a
 * sliding hour, counted in the database ({@link RecentAttempts}), so the limit holds
 * across every instance that shares it, and checked and counted in the transaction that
 * stores the request, with the address's row locked, so that parallel requests from one
 * address are counted one after another. Only a request that is stored counts: a form
 * sent back with errors costs nothing.
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

	/**
	 * Whether this address has used up its hour: a quick look, without a lock, that
	 * spares a full check to a sender already over the limit. {@link #ifRoomFor} is the
	 * check that counts.
	 */
	boolean isFull(String clientAddress) {
		return this.attempts.count(KIND, clientAddress, HOUR) >= this.perHour;
	}

	/**
	 * Stores with {@code store} if this address has room left this hour, counting it in
	 * the same transaction; empty when it has none.
	 */
	<T> Optional<T> ifRoomFor(String clientAddress, Supplier<T> store) {
		return this.attempts.ifUnder(KIND, clientAddress, HOUR, this.perHour, store);
	}

	/** Seconds until this address may store another request. */
	long secondsUntilNext(String clientAddress) {
		return this.attempts.oldest(KIND, clientAddress, HOUR)
			.map((oldest) -> Duration.between(Instant.now(this.clock), oldest.plus(HOUR)).toSeconds())
			.map((seconds) -> Math.max(1, seconds))
			.orElse(1L);
	}

}
