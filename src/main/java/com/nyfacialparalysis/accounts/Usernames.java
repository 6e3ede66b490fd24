package com.nyfacialparalysis.accounts;

import java.text.Normalizer;
import java.util.Locale;

import com.nyfacialparalysis.system.PlainText;

/**
 * The one way a username is spelled: Unicode NFKC (so that look-alike forms such as a
 * long s or a full-width letter are the letter they stand for), then lower case in the
 * root locale, with spaces around it removed. Accounts are stored under this form (with a
 * unique index on it) and every sign-in looks them up by it, so one person has one
 * spelling and one count of failed sign-ins.
 */
final class Usernames {

	/** At most this much of a typed username is ever looked at or kept. */
	static final int TYPED_MAX = 64;

	private Usernames() {
	}

	/** The normalised form of a typed username; empty for none. */
	static String normalise(String typed) {
		if (typed == null) {
			return "";
		}
		return Normalizer.normalize(cut(typed), Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
	}

	/** The first {@value #TYPED_MAX} characters of what was typed. */
	static String cut(String typed) {
		if (typed == null) {
			return "";
		}
		if (typed.length() <= TYPED_MAX) {
			return typed;
		}
		int end = Character.isHighSurrogate(typed.charAt(TYPED_MAX - 1)) ? TYPED_MAX - 1 : TYPED_MAX;
		return typed.substring(0, end);
	}

	/**
	 * Whether a normalised username could be an account's at all: plain text, not empty,
	 * not longer than an account's username. Anything else is never sent to the database.
	 */
	static boolean couldExist(String normalised) {
		return !normalised.isEmpty() && normalised.length() <= StaffAccount.USERNAME_MAX
				&& PlainText.Validator.isPlain(normalised, false);
	}

}
