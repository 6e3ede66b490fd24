package com.nyfacialparalysis.content.review;

/**
 * Where a page stands in its review, most urgent first: the order the desk lists pages
 * in.
 */
public enum ReviewState {

	/**
	 * Its text changed after its last sign-off: readers see that it has not been checked.
	 */
	CHANGED_SINCE_REVIEW,

	/** No clinician has signed it off yet. */
	NOT_REVIEWED,

	/** Its current text was signed off, and the next review date has passed. */
	REVIEW_OVERDUE,

	/** Its current text was signed off, and the next review is not yet due. */
	REVIEWED;

	/** Whether a clinician needs to look at the page. */
	public boolean needsReview() {
		return this != REVIEWED;
	}

}
