package com.nyfacialparalysis.requests;

/**
 * Where a consultation request stands at the front desk.
 */
public enum RequestStatus {

	/** Waiting for the first call back. */
	NEW,
	/** Someone has spoken to or written to the person. */
	CONTACTED,
	/** An appointment is booked. */
	SCHEDULED,
	/** Nothing more to do. */
	CLOSED,
	/** Not a real request; kept so that a person wrongly caught can be rescued. */
	SPAM

}
