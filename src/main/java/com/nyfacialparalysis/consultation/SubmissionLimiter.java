package com.nyfacialparalysis.consultation;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;

import org.springframework.stereotype.Component;

/**
 * Limits how many consultation requests one client address can store in an hour (Bucket4j token buckets,
 * kept in a bounded Caffeine cache that forgets addresses after an idle hour). Only a request that is about
 * to be stored takes a token: a form sent back with errors costs nothing.
 */
@Component
class SubmissionLimiter {

	private final int perHour;

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofHours(1))
		.maximumSize(100_000)
		.build();

	SubmissionLimiter(ConsultationProperties properties) {
		this.perHour = properties.rateLimit().maxPerHour();
	}

	/** Takes one of this address's tokens; false when it has none left this hour. */
	boolean tryStore(String clientAddress) {
		return this.buckets.get(clientAddress, (address) -> newBucket()).tryConsume(1);
	}

	/** Seconds until this address may store another request. */
	long secondsUntilNext(String clientAddress) {
		Bucket bucket = this.buckets.getIfPresent(clientAddress);
		if (bucket == null) {
			return 0;
		}
		long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
		return Math.max(1, Duration.ofNanos(nanos).toSeconds());
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit((limit) -> limit.capacity(this.perHour).refillGreedy(this.perHour, Duration.ofHours(1)))
			.build();
	}

}
