package com.nyfacialparalysis.calls;

import com.nyfacialparalysis.requests.RequestStatus;

/**
 * How a call back went, as the receptionist picks it, and what it does to the request.
 */
public enum CallOutcome {

	/** Reached, and a visit was booked. */
	BOOKED,
	/** Reached, not booking now. */
	REACHED,
	/** A voicemail was left. */
	VOICEMAIL,
	/** Nobody answered. */
	NO_ANSWER,
	/** The number reached someone else. */
	WRONG_NUMBER;

	/**
	 * Whether to try again on another day: the person was not reached, and the number was
	 * theirs.
	 */
	boolean callAgain() {
		return this == VOICEMAIL || this == NO_ANSWER;
	}

	/**
	 * The status a request moves to after this outcome: a booking schedules it, a first
	 * conversation makes a new request contacted; the rest leave it as it is.
	 */
	RequestStatus statusAfter(RequestStatus before) {
		if (this == BOOKED) {
			return RequestStatus.SCHEDULED;
		}
		if (this == REACHED && before == RequestStatus.NEW) {
			return RequestStatus.CONTACTED;
		}
		return before;
	}

}
