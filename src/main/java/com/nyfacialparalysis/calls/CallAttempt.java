package com.nyfacialparalysis.calls;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One attempt to call a person back: who called, when, how it went, and an optional note.
 */
@Entity
@Table(name = "call_attempts")
public class CallAttempt {

	static final int NOTE_MAX = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "request_id", nullable = false)
	private Long requestId;

	/**
	 * The account of the person who called (an id, as the requests keep their owners).
	 */
	@Column(name = "caller_id", nullable = false)
	private Long callerId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private CallOutcome outcome;

	@Column(length = NOTE_MAX)
	private String note;

	@Column(name = "attempted_at", nullable = false)
	private Instant attemptedAt;

	protected CallAttempt() {
	}

	CallAttempt(Long requestId, Long callerId, CallOutcome outcome, String note, Instant attemptedAt) {
		this.requestId = requestId;
		this.callerId = callerId;
		this.outcome = outcome;
		this.note = note;
		this.attemptedAt = attemptedAt;
	}

	public Long getId() {
		return this.id;
	}

	public Long getCallerId() {
		return this.callerId;
	}

	public CallOutcome getOutcome() {
		return this.outcome;
	}

	public String getNote() {
		return this.note;
	}

	public Instant getAttemptedAt() {
		return this.attemptedAt;
	}

}
