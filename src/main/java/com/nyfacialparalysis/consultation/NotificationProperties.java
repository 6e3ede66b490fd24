package com.nyfacialparalysis.consultation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The email that tells the front desk a request has arrived. Off unless {@code emailTo}
 * is set (and {@code spring.mail.*} points at an SMTP server). The email names the
 * request by reference only: email is not a safe channel for health information.
 *
 * @param emailTo where to send it, or empty for no email
 * @param from the sender address
 * @param attempts how many times to try a send before giving up
 * @param firstRetryAfter the wait before the second try; each later wait is twice as long
 */
@ConfigurationProperties("clinic.notifications")
public record NotificationProperties(@DefaultValue("") String emailTo,
		@DefaultValue("desk-notifications@localhost") String from, @DefaultValue("4") int attempts,
		@DefaultValue("2s") Duration firstRetryAfter) {

	public boolean enabled() {
		return this.emailTo != null && !this.emailTo.isBlank();
	}

}
