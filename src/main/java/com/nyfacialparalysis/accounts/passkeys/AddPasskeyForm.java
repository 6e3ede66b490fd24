package com.nyfacialparalysis.accounts.passkeys;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.nyfacialparalysis.system.PlainText;

/**
 * The first step of adding a passkey: a name to know it by, and the person's password and
 * a code from their app again. Only once these are right does the page let the browser
 * make the passkey (the second step, {@link PasskeyConfirmations}).
 */
public class AddPasskeyForm {

	static final int NAME_MAX = 60;

	static final List<String> FIELD_ORDER = List.of("name", "password", "code");

	@NotBlank(message = "{staff.passkeys.name.required}")
	@Size(max = NAME_MAX, message = "{staff.passkeys.name.tooLong}")
	@PlainText
	private String name = "";

	@NotBlank(message = "{staff.passkeys.password.required}")
	private String password = "";

	@NotBlank(message = "{staff.passkeys.code.required}")
	private String code = "";

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = (name == null) ? "" : name.strip();
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = (password == null) ? "" : password;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = (code == null) ? "" : code;
	}

	/** Forgets what must never be shown again (the password and the code). */
	void forgetSecrets() {
		this.password = "";
		this.code = "";
	}

}
