package com.nyfacialparalysis.accounts;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;

/**
 * A member of staff changing their own password: the current one, and the new one twice.
 */
public class PasswordChangeForm {

	static final List<String> FIELD_ORDER = List.of("current", "replacement", "confirmation");

	@NotEmpty(message = "{staff.password.currentRequired}")
	private String current = "";

	@NewPassword
	private String replacement = "";

	private String confirmation = "";

	public String getCurrent() {
		return this.current;
	}

	public void setCurrent(String current) {
		this.current = (current == null) ? "" : current;
	}

	public String getReplacement() {
		return this.replacement;
	}

	public void setReplacement(String replacement) {
		this.replacement = (replacement == null) ? "" : replacement;
	}

	public String getConfirmation() {
		return this.confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = (confirmation == null) ? "" : confirmation;
	}

	boolean confirmationMatches() {
		return this.replacement.equals(this.confirmation);
	}

}
