package com.nyfacialparalysis.accounts.passkeys;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Passkeys page, under {@code clinic.staff.passkeys}.
 *
 * @param confirmationLifetime how long, after a member of staff has given their password
 * and a code again, their browser may make a passkey and the site add it; after that they
 * confirm again
 */
@ConfigurationProperties("clinic.staff.passkeys")
public record PasskeysProperties(@DefaultValue("5m") Duration confirmationLifetime) {

	public PasskeysProperties {
		if (confirmationLifetime.isNegative() || confirmationLifetime.isZero()
				|| confirmationLifetime.compareTo(Duration.ofHours(1)) > 0) {
			throw new IllegalArgumentException(
					"clinic.staff.passkeys.confirmation-lifetime must be more than 0 and at most 1h, not "
							+ confirmationLifetime);
		}
	}

}
