package com.nyfacialparalysis.accounts;

/**
 * What a member of staff may do: STAFF handle consultation requests; ADMIN also manage
 * accounts, read the audit log and the Content screen; CLINICIAN review the medical pages
 * on the Content screen and sign them off. An account holds one or more roles.
 */
public enum Role {

	STAFF, ADMIN, CLINICIAN;

	/** The authority Spring Security checks. */
	public String authority() {
		return "ROLE_" + name();
	}

}
