package com.nyfacialparalysis.requests;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An internal note on a request, for colleagues: who wrote it (a staff account's id) and
 * when.
 */
@Entity
@Table(name = "request_notes")
public class RequestNote {

	public static final int BODY_MAX = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "request_id", nullable = false)
	private Long requestId;

	@Column(name = "author_id", nullable = false)
	private Long authorId;

	@Column(nullable = false, length = BODY_MAX)
	private String body;

	@Column(name = "written_at", nullable = false)
	private Instant writtenAt;

	protected RequestNote() {
	}

	RequestNote(Long requestId, Long authorId, String body, Instant writtenAt) {
		this.requestId = requestId;
		this.authorId = authorId;
		this.body = body;
		this.writtenAt = writtenAt;
	}

	/** The id of the staff account that wrote the note. */
	public Long getAuthorId() {
		return this.authorId;
	}

	public String getBody() {
		return this.body;
	}

	public Instant getWrittenAt() {
		return this.writtenAt;
	}

}
