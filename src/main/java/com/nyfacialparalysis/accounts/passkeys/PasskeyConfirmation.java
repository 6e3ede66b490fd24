package com.nyfacialparalysis.accounts.passkeys;

import java.io.Serializable;
import java.time.Instant;

/**
 * A member of staff has just given their password and a code again on the Passkeys page:
 * until {@code until}, their browser may make one passkey, which is kept under
 * {@code name}. Kept in that person's session only (see {@link PasskeyConfirmations}).
 *
 * @param accountId the staff account that confirmed
 * @param name the name the passkey is to have
 * @param until when the confirmation stops being good
 */
record PasskeyConfirmation(long accountId, String name, Instant until) implements Serializable {

	boolean isLive(long accountId, Instant now) {
		return this.accountId == accountId && now.isBefore(this.until);
	}

}
