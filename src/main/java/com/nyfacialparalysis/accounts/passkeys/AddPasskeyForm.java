package com.nyfacialparalysis.accounts.passkeys;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.nyfacialparalysis.system.PlainText;

/**
 * Adding a passkey: a name to know it by, the person's password and a code from their app
 * again, and what their browser's authenticator made (filled in by the page's script).
 */
public class AddPasskeyForm {

	static final int NAME_MAX = 60;

	static final List<String> FIELD_ORDER = List.of("name", "password", "code", "credential");

	@NotBlank(message = "{staff.passkeys.name.required}")
	@Size(max = NAME_MAX, message = "{staff.passkeys.name.tooLong}")
	@PlainText
	private String name = "";

	@NotBlank(message = "{staff.passkeys.password.required}")
	private String password = "";

	@NotBlank(message = "{staff.passkeys.code.required}")
	private String code = "";

	@NotBlank(message = "{staff.passkeys.credential.missing}")
	@Size(max = 20_000, message = "{staff.passkeys.credential.missing}")
	private String credential = "";

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

	public String getCredential() {
		return this.credential;
	}

	public void setCredential(String credential) {
		this.credential = (credential == null) ? "" : credential;
	}

	/** Forgets what must never be shown again (the password, the code, the answer). */
	void forgetSecrets() {
		this.password = "";
		this.code = "";
		this.credential = "";
	}

}
