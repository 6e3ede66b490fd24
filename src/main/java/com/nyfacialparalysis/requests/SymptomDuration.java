package com.nyfacialparalysis.requests;

/**
 * How long the symptoms have lasted, as the person judges it.
 */
public enum SymptomDuration {

	UNDER_A_WEEK, ONE_TO_FOUR_WEEKS, ONE_TO_SIX_MONTHS, OVER_SIX_MONTHS, NOT_SURE

}
