package com.nyfacialparalysis.accounts;

import org.springframework.stereotype.Component;

import com.nyfacialparalysis.system.secrets.KeyedHash;
import com.nyfacialparalysis.system.secrets.SiteSecret;

/**
 * How a typed username appears in the audit log. People type passwords into the username
 * box, so a name that matches no account is never kept as typed: only a short keyed hash
 * of it (HMAC-SHA-256 with a key derived from the site's secret), which shows that the
 * same name was tried again without saying what it was. A name that matches an account is
 * that account.
 */
@Component
class SignInNames {

	private final StaffAccountRepository accounts;

	private final KeyedHash names;

	SignInNames(StaffAccountRepository accounts, SiteSecret secret) {
		this.accounts = accounts;
		this.names = secret.keyedHashFor("audit-username");
	}

	/** What a sign-in attempt for this normalised username is logged as. */
	Logged logged(String normalised) {
		if (Usernames.couldExist(normalised) && this.accounts.existsByUsername(normalised)) {
			return new Logged(normalised, null);
		}
		return new Logged(null, "unknown username #" + this.names.hexOf(normalised).substring(0, 8));
	}

	/**
	 * @param actor the account's username, or null when the name matches none
	 * @param detail what stands for the name when it matches no account
	 */
	record Logged(String actor, String detail) {
	}

}
