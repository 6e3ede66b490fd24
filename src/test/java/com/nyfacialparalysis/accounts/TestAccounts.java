package com.nyfacialparalysis.accounts;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Staff accounts made for the tests of other modules (the desk, the call log, the
 * reports), the way an administrator makes them, without making the accounts' own service
 * public.
 */
@Component
public class TestAccounts {

	private final AccountService service;

	private final StaffAccountRepository accounts;

	TestAccounts(AccountService service, StaffAccountRepository accounts) {
		this.service = service;
		this.accounts = accounts;
	}

	/**
	 * Rita, a receptionist (Staff), whom the desk's tests act as; made once on the shared
	 * site.
	 */
	public void receptionistExists() {
		if (!this.accounts.existsByUsername("rita")) {
			create("rita", "Rita Reception", EnumSet.of(Role.STAFF), "rita-password-12345");
		}
	}

	/** A new account, as the accounts page adds one. */
	public StaffAccount create(String username, String displayName, Set<Role> roles, String password) {
		return this.service.create(username, displayName, roles, password);
	}

	/**
	 * An administrator ({@code actor}) changes the account's roles and the name and job
	 * title it signs pages off with.
	 */
	public void changeDetails(Long id, Set<Role> roles, String reviewerName, String reviewerTitle, String actor) {
		this.service.changeDetails(id, roles, reviewerName, reviewerTitle, actor, null);
	}

}
