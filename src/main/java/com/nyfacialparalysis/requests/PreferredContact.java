package com.nyfacialparalysis.requests;

/**
 * How the person would like the clinic to reach them.
 */
public enum PreferredContact {

	PHONE, EMAIL

}
