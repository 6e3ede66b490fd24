package com.nyfacialparalysis.requests.figures;

import java.time.LocalDate;

/**
 * One week's figures, as the database counted them.
 *
 * @param weekStarting the Monday the week starts on, in the clinic's time zone
 * @param requests requests received (spam left out)
 * @param urgent of those, urgent ones
 * @param within72Hours of those, the ones not urgent whose symptoms began in the last 3
 * days
 * @param called of those, how many have had a first call
 * @param medianSeconds the median wait for the first call in open hours, or null
 * @param p90Seconds the 90th percentile of that wait, or null
 * @param keptPromise how many were first called within the promise
 * @param promiseDue how many the promise applies to already (called, or past the promise)
 */
public record WeekFigures(LocalDate weekStarting, long requests, long urgent, long within72Hours, long called,
		Double medianSeconds, Double p90Seconds, long keptPromise, long promiseDue) {

	/** The share called back within the promise, 0 to 1, or null when none was due. */
	public Double shareKept() {
		return (this.promiseDue == 0) ? null : (double) this.keptPromise / this.promiseDue;
	}

	/** The median wait in whole minutes, or null. */
	public Long medianMinutes() {
		return minutes(this.medianSeconds);
	}

	/** The 90th percentile wait in whole minutes, or null. */
	public Long p90Minutes() {
		return minutes(this.p90Seconds);
	}

	private static Long minutes(Double seconds) {
		return (seconds == null) ? null : Math.round(seconds / 60);
	}

}
