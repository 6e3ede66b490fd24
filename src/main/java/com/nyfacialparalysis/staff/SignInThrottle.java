package com.nyfacialparalysis.staff;

import java.time.Duration;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.nyfacialparalysis.system.RecentAttempts;

/**
 * Counts failed sign-ins per username and client address, in the database
 * ({@link RecentAttempts}) so that every instance sees the same count. After too many
 * within the lock-out time, that address may not try that username again until the oldest
 * of them is that long ago; the same person signing in from another address is not
 * affected, and a successful sign-in clears the count.
 */
@Component
class SignInThrottle {

	private static final String KIND = "sign-in";

	private final int maxFailures;

	private final Duration lockout;

	private final RecentAttempts attempts;

	SignInThrottle(StaffProperties properties, RecentAttempts attempts) {
		this.maxFailures = properties.signIn().maxFailures();
		this.lockout = properties.signIn().lockout();
		this.attempts = attempts;
	}

	boolean isRefused(String username, String clientAddress) {
		return this.attempts.count(KIND, key(username, clientAddress), this.lockout) >= this.maxFailures;
	}

	void failed(String username, String clientAddress) {
		this.attempts.record(KIND, key(username, clientAddress));
	}

	void succeeded(String username, String clientAddress) {
		this.attempts.forget(KIND, key(username, clientAddress));
	}

	private static String key(String username, String clientAddress) {
		return String.valueOf(username).trim().toLowerCase(Locale.ROOT) + "|" + clientAddress;
	}

}
