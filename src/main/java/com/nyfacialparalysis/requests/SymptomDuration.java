package com.nyfacialparalysis.requests;

import java.util.Arrays;
import java.util.List;

/**
 * When the symptoms began, as the person judges it. Weakness that began in the last 3
 * days is time-critical: steroid medicine works best within 72 hours, so such a request
 * is marked "within 72 hours" at the desk.
 */
public enum SymptomDuration {

	LAST_3_DAYS(true),

	FOUR_TO_SEVEN_DAYS(true),

	/**
	 * "Less than a week": the form's first answer until it asked about the last 3 days;
	 * kept so that requests sent before then still say what the person chose.
	 */
	UNDER_A_WEEK(false),

	ONE_TO_FOUR_WEEKS(true),

	ONE_TO_SIX_MONTHS(true),

	OVER_SIX_MONTHS(true),

	NOT_SURE(true);

	private final boolean offered;

	SymptomDuration(boolean offered) {
		this.offered = offered;
	}

	/** The answers the form offers today, in its order. */
	public static List<SymptomDuration> offered() {
		return Arrays.stream(values()).filter((duration) -> duration.offered).toList();
	}

	/** Whether the form offers this answer today. */
	public boolean isOffered() {
		return this.offered;
	}

	/** Whether the symptoms began within the 72 hours in which steroids work best. */
	public boolean isWithin72Hours() {
		return this == LAST_3_DAYS;
	}

}
