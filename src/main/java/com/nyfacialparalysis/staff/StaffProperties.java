package com.nyfacialparalysis.staff;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the staff desk.
 *
 * @param signIn limits on failed sign-ins and wrong two-factor codes
 * @param session how long a signing-in lasts
 * @param pageSize requests shown on one page of the inbox
 * @param searchLimit the most requests a search in the inbox pages through; when more
 * match, the inbox says so and asks for more of the name or number
 */
@ConfigurationProperties("clinic.staff")
public record StaffProperties(@DefaultValue SignIn signIn, @DefaultValue Session session,
		@DefaultValue("25") int pageSize, @DefaultValue("1000") int searchLimit) {

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
