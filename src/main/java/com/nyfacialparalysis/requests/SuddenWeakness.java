package com.nyfacialparalysis.requests;

/**
 * The answer to "Did your symptoms begin suddenly, with weakness of the face, an arm, or
 * speech?".
 */
public enum SuddenWeakness {

	YES, NO, NOT_SURE

}
