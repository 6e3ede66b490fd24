package com.nyfacialparalysis.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * The site's clock in the tests that share the site ({@link SiteTest}): it tells the real
 * time until a test sets it, so that a review falls due without waiting a year and
 * business hours and closed days fall on known dates, and it tells the real time again
 * after every test ({@link BackToRealTime}), so no test inherits another's day.
 */
public final class SettableClock extends Clock {

	/** A Tuesday in spring 2027, mid-morning in New York. */
	public static final Instant START = Instant.parse("2027-04-06T14:00:00Z");

	/** The clinic's own time zone. */
	public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private volatile Instant setTo;

	private volatile Duration ahead = Duration.ZERO;

	/** Sets the time. */
	public void set(Instant instant) {
		this.setTo = instant;
	}

	/** Sets the time, given as New York local time ("2026-11-27T09:30"). */
	public void setNewYork(String localDateTime) {
		set(at(localDateTime));
	}

	/** Runs on with the real time, this far ahead of it (a day that has not come yet). */
	public void runAhead(Duration ahead) {
		this.setTo = null;
		this.ahead = ahead;
	}

	/**
	 * Moves the clock on by this much: further ahead of the real time it keeps running
	 * with, or on from the time it was set to.
	 */
	public void moveOn(Duration duration) {
		Instant set = this.setTo;
		if (set != null) {
			this.setTo = set.plus(duration);
		}
		else {
			this.ahead = this.ahead.plus(duration);
		}
	}

	/** Back to the real time. */
	public void followRealTime() {
		this.setTo = null;
		this.ahead = Duration.ZERO;
	}

	/** The instant of a New York local time ("2026-11-27T09:30"). */
	public static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(NEW_YORK).toInstant();
	}

	@Override
	public Instant instant() {
		Instant set = this.setTo;
		return (set != null) ? set : Instant.now().plus(this.ahead);
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

	/** Puts the clock back to the real time after each test. */
	public static class BackToRealTime implements TestExecutionListener {

		@Override
		public void afterTestMethod(TestContext testContext) {
			if (testContext.hasApplicationContext()) {
				testContext.getApplicationContext()
					.getBeanProvider(SettableClock.class)
					.ifAvailable(SettableClock::followRealTime);
			}
		}

	}

}
