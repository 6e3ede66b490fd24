package com.nyfacialparalysis.staff;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per username and client address (in a Caffeine cache whose entries expire after the
 * lock-out time). After too many, that address may not try that username again until the time has passed;
 * the same person signing in from another address is not affected.
 */
@Component
class SignInThrottle {

	private final int maxFailures;

	private final Cache<String, AtomicInteger> failures;

	SignInThrottle(StaffProperties properties) {
		this.maxFailures = properties.signIn().maxFailures();
		this.failures = Caffeine.newBuilder()
			.expireAfterWrite(properties.signIn().lockout())
			.maximumSize(100_000)
			.build();
	}

	boolean isRefused(String username, String clientAddress) {
		AtomicInteger count = this.failures.getIfPresent(key(username, clientAddress));
		return count != null && count.get() >= this.maxFailures;
	}

	void failed(String username, String clientAddress) {
		this.failures.asMap().compute(key(username, clientAddress), (key, count) -> {
			AtomicInteger next = (count != null) ? count : new AtomicInteger();
			next.incrementAndGet();
			return next;
		});
	}

	void succeeded(String username, String clientAddress) {
		this.failures.invalidate(key(username, clientAddress));
	}

	private static String key(String username, String clientAddress) {
		return String.valueOf(username).trim().toLowerCase(Locale.ROOT) + "|" + clientAddress;
	}

}
