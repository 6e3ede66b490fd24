package com.nyfacialparalysis.content;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock a test can set, so that a review can fall due without waiting a year. It
 * replaces the application's clock in the tests that import it.
 */
public final class SettableClock extends Clock {

	/** A Tuesday in spring 2027, mid-morning in New York. */
	public static final Instant START = Instant.parse("2027-04-06T14:00:00Z");

	private volatile Instant now = START;

	public void set(Instant instant) {
		this.now = instant;
	}

	@Override
	public Instant instant() {
		return this.now;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		SettableClock outer = this;
		return new Clock() {
			@Override
			public Instant instant() {
				return outer.instant();
			}

			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return outer.withZone(other);
			}
		};
	}

	/** Puts the settable clock in place of the application's. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class InPlace {

		@Bean
		@Primary
		SettableClock settableClock() {
			return new SettableClock();
		}

	}

}
