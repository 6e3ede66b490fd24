package com.nyfacialparalysis.calls;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test sets to a moment in the clinic's time (New York), so that business
 * hours, closed days and "call again" fall on known dates.
 */
public final class SettableClock extends Clock {

	public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private volatile Instant now = Instant.parse("2026-11-23T15:00:00Z");

	/** Sets the time, given as New York local time ("2026-11-27T09:30"). */
	public void setNewYork(String localDateTime) {
		this.now = at(localDateTime);
	}

	/** The instant of a New York local time ("2026-11-27T09:30"). */
	public static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(NEW_YORK).toInstant();
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		SettableClock parent = this;
		return new Clock() {

			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return parent.withZone(other);
			}

			@Override
			public Instant instant() {
				return parent.instant();
			}

		};
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}
