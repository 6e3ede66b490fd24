package com.nyfacialparalysis.accounts;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.nyfacialparalysis.system.PlainText;

/**
 * What an administrator types to add an account. The username and full name arrive
 * without spaces around them; the password exactly as typed.
 */
public class NewAccountForm {

	/**
	 * The fields in the order the form shows them, which is the order of the error
	 * summary.
	 */
	static final List<String> FIELD_ORDER = List.of("username", "displayName", "roles", "password");

	@NotBlank(message = "{staff.accounts.usernameInvalid}")
	@Pattern(regexp = "[A-Za-z0-9._@-]{3,60}", message = "{staff.accounts.usernameInvalid}")
	private String username = "";

	@Size(max = StaffAccount.DISPLAY_NAME_MAX, message = "{staff.accounts.displayNameTooLong}")
	@PlainText
	private String displayName = "";

	@NotEmpty(message = "{staff.accounts.rolesRequired}")
	private Set<Role> roles = EnumSet.of(Role.STAFF);

	@NewPassword
	private String password = "";

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = (username == null) ? "" : username.strip();
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = (displayName == null) ? "" : displayName.strip();
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = (roles == null) ? EnumSet.noneOf(Role.class) : roles;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = (password == null) ? "" : password;
	}

}
