package com.nyfacialparalysis.requests;

/**
 * The answer to the form's 911 question: is new weakness or numbness of the face, an arm
 * or a leg, or trouble speaking, happening now, or did it start in the last 24 hours
 * without a doctor seeing it? "Yes" and "I'm not sure" both get the 911 advice and mark
 * the request urgent.
 */
public enum SuddenWeakness {

	YES, NO, NOT_SURE;

	/** Whether the answer gets the 911 advice and marks the request urgent. */
	public boolean isUrgent() {
		return this == YES || this == NOT_SURE;
	}

}
