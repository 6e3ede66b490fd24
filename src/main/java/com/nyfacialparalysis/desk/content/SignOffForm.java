package com.nyfacialparalysis.desk.content;

import jakarta.validation.constraints.AssertTrue;

/**
 * A clinician's sign-off of a page: the SHA-256 of the text they were shown (a hidden
 * field, so that a text changed meanwhile is never signed off unread) and their
 * confirmation that they checked it.
 */
public class SignOffForm {

	private String sha256 = "";

	@AssertTrue(message = "{staff.content.confirmRequired}")
	private boolean confirmed;

	public String getSha256() {
		return this.sha256;
	}

	public void setSha256(String sha256) {
		this.sha256 = (sha256 == null) ? "" : sha256.strip();
	}

	public boolean isConfirmed() {
		return this.confirmed;
	}

	public void setConfirmed(boolean confirmed) {
		this.confirmed = confirmed;
	}

}
