package com.nyfacialparalysis.content.feedback;

import java.time.Instant;

import com.nyfacialparalysis.content.PageKey;

/**
 * A reader's comment on a page, as staff see it (never shown publicly).
 *
 * @param id its number, for marking it dealt with
 * @param page the page it is about
 * @param helpful whether the reader found the page helpful
 * @param comment what they wrote
 * @param receivedAt when
 * @param dealtWithAt when a member of staff marked it dealt with, or {@code null}
 * @param dealtWithBy their staff account, or {@code null}
 */
public record FeedbackComment(long id, PageKey page, boolean helpful, String comment, Instant receivedAt,
		Instant dealtWithAt, Long dealtWithBy) {

	public boolean dealtWith() {
		return this.dealtWithAt != null;
	}

}
