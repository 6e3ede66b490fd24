package com.nyfacialparalysis.requests;

/**
 * When in the clinic's day the person would rather be called.
 */
public enum BestTimeToCall {

	ANY_TIME, MORNING, AFTERNOON

}
