package com.nyfacialparalysis.accounts;

/**
 * The new password an administrator gives an account.
 */
public class PasswordResetForm {

	@NewPassword
	private String password = "";

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = (password == null) ? "" : password;
	}

}
