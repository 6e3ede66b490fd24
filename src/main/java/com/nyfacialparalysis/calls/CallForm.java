package com.nyfacialparalysis.calls;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.nyfacialparalysis.system.PlainText;

/**
 * "Log a call" on a request: how it went, and an optional note kept as typed but for
 * spaces around it.
 */
public class CallForm {

	@NotNull(message = "{staff.calls.outcome.missing}")
	private CallOutcome outcome;

	@Size(max = CallAttempt.NOTE_MAX, message = "{staff.calls.note.tooLong}")
	@PlainText(multiline = true)
	private String note = "";

	public CallOutcome getOutcome() {
		return this.outcome;
	}

	public void setOutcome(CallOutcome outcome) {
		this.outcome = outcome;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = (note == null) ? "" : note.strip();
	}

	/** The note to store: none when nothing was written. */
	String noteOrNull() {
		return this.note.isEmpty() ? null : this.note;
	}

}
