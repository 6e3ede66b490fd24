package com.nyfacialparalysis.content.feedback;

import java.time.Duration;

import org.springframework.stereotype.Component;

import com.nyfacialparalysis.system.limits.RecentAttempts;

/**
 * How many answers one client address may send in an hour, counted in the database
 * ({@link RecentAttempts}) so the limit holds across instances. Each answer is counted
 * first and the count read after, so that of many sent at once no more than the limit get
 * through: the n-th to be counted sees at least n.
 */
@Component
class FeedbackLimiter {

	private static final String KIND = "feedback";

	private static final Duration HOUR = Duration.ofHours(1);

	private final RecentAttempts attempts;

	private final int perHour;

	FeedbackLimiter(RecentAttempts attempts, FeedbackProperties properties) {
		this.attempts = attempts;
		this.perHour = properties.maxPerHour();
	}

	/** Counts one answer from this address; whether it is within the hour's limit. */
	boolean countAndAllow(String clientAddress) {
		this.attempts.record(KIND, clientAddress);
		return this.attempts.count(KIND, clientAddress, HOUR) <= this.perHour;
	}

}
