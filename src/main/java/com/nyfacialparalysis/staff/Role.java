package com.nyfacialparalysis.staff;

/**
 * What a member of staff may do: STAFF handle requests; ADMIN also manage accounts and
 * read the audit log. An account holds one or more roles.
 */
public enum Role {

	STAFF, ADMIN;

	/** The authority Spring Security checks. */
	public String authority() {
		return "ROLE_" + name();
	}

}
