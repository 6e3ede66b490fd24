package com.nyfacialparalysis.content.review;

import java.time.LocalDate;

/**
 * What a page tells its readers about its review. Only a sign-off of the page's current
 * text, recorded in the database, makes it name a clinician or a date; otherwise it says
 * plainly that the page has not yet been checked.
 *
 * @param state {@link ReviewState#REVIEWED} or {@link ReviewState#REVIEW_OVERDUE} when
 * the current text was signed off; otherwise the page has not been checked in its current
 * form
 * @param reviewer who signed it off, or {@code null}
 * @param reviewedOn the day they did, in the clinic's time zone, or {@code null}
 * @param nextReviewDue when it is due for review again, or {@code null}
 */
public record ReviewNotice(ReviewState state, Reviewer reviewer, LocalDate reviewedOn, LocalDate nextReviewDue) {

	static ReviewNotice notChecked(ReviewState state) {
		return new ReviewNotice(state, null, null, null);
	}

	static ReviewNotice of(ReviewState state, SignOff signOff) {
		return new ReviewNotice(state, signOff.reviewer(), signOff.signedOn(), signOff.nextReviewDue());
	}

	/** Whether the page's current text was signed off by a clinician. */
	public boolean signedOff() {
		return this.state == ReviewState.REVIEWED || this.state == ReviewState.REVIEW_OVERDUE;
	}

	/** Whether it was signed off but its next review date has passed. */
	public boolean overdue() {
		return this.state == ReviewState.REVIEW_OVERDUE;
	}

}
