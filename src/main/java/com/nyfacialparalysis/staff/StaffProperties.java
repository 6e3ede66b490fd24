package com.nyfacialparalysis.staff;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the staff desk.
 *
 * @param signIn limits on failed sign-ins
 * @param pageSize requests shown on one page of the inbox
 */
@ConfigurationProperties("clinic.staff")
public record StaffProperties(@DefaultValue SignIn signIn, @DefaultValue("25") int pageSize) {

	/**
	 * @param maxFailures failed sign-ins for one username from one address before that
	 * address is refused
	 * @param lockout how long further tries from that address are refused
	 */
	public record SignIn(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockout) {
	}

}
