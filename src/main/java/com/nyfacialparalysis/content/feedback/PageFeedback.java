package com.nyfacialparalysis.content.feedback;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.nyfacialparalysis.content.PageKey;

/**
 * One reader's answer to "Was this page helpful?": the page, yes or no, an optional
 * comment and when. Nothing that names the reader is kept.
 */
@Entity
@Table(name = "page_feedback")
class PageFeedback {

	/** The longest comment kept (the column's size). */
	static final int COMMENT_MAX = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Embedded
	private PageKey page;

	@Column(nullable = false, updatable = false)
	private boolean helpful;

	@Column(updatable = false, length = COMMENT_MAX)
	private String comment;

	@Column(name = "received_at", nullable = false, updatable = false)
	private Instant receivedAt;

	@Column(name = "dealt_with_at")
	private Instant dealtWithAt;

	@Column(name = "dealt_with_by")
	private Long dealtWithBy;

	protected PageFeedback() {
	}

	PageFeedback(PageKey page, boolean helpful, String comment, Instant receivedAt) {
		this.page = page;
		this.helpful = helpful;
		this.comment = comment;
		this.receivedAt = receivedAt;
	}

	FeedbackComment toComment() {
		return new FeedbackComment(this.id, this.page, this.helpful, this.comment, this.receivedAt, this.dealtWithAt,
				this.dealtWithBy);
	}

}
