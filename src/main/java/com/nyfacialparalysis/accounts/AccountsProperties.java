package com.nyfacialparalysis.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of signing in to the staff desk, under {@code clinic.staff} with the inbox's
 * ({@code DeskProperties}), so that {@code CLINIC_STAFF_SIGN_IN_*} and
 * {@code CLINIC_STAFF_SESSION_ABSOLUTE_LIFETIME} keep their names.
 *
 * @param signIn limits on failed sign-ins and wrong two-factor codes
 * @param session how long a signing-in lasts
 */
@ConfigurationProperties("clinic.staff")
public record AccountsProperties(@DefaultValue SignIn signIn, @DefaultValue Session session) {

	/**
	 * @param maxFailures failed sign-ins for one username from one address (or wrong
	 * two-factor codes for one account) before further tries are refused
	 * @param lockout how long further tries are refused
	 */
	public record SignIn(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockout) {
	}

	/**
	 * @param absoluteLifetime how long after signing in a member of staff is signed out
	 * however busy they are (the idle time-out is {@code server.servlet.session.timeout})
	 */
	public record Session(@DefaultValue("12h") Duration absoluteLifetime) {
	}

}
