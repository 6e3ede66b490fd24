package com.nyfacialparalysis.consultation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The email that tells the front desk a request has arrived. Off unless {@code emailTo}
 * is set (and {@code spring.mail.*} points at an SMTP server). The email names the
 * request by reference only: email is not a safe channel for health information.
 * <p>
 * An email owed is recorded with the request (Spring Modulith's event publication
 * registry) and forgotten only once the mail server has taken it: the first go tries it
 * at once, {@code attempts} times; after that, one instance at a time tries every email
 * still owed each {@code retryEvery}, until {@code giveUpAfter}.
 *
 * @param emailTo where to send it, or empty for no email
 * @param from the sender address
 * @param attempts how many times the first go tries a send before leaving it to the
 * retries
 * @param firstRetryAfter the first go's wait before its second try; each later wait is
 * twice as long
 * @param retryEvery how often an email still owed is tried again (on one instance)
 * @param stalledAfter how long after its try began an email that was neither sent nor
 * failed is taken to have stopped with its instance, and is tried again; the first go
 * starts no try after half of it
 * @param giveUpAfter how long after the request an email not yet sent is given up (and
 * logged), the request being in the staff desk all along
 */
@ConfigurationProperties("clinic.notifications")
public record NotificationProperties(@DefaultValue("") String emailTo,
		@DefaultValue("desk-notifications@localhost") String from, @DefaultValue("4") int attempts,
		@DefaultValue("2s") Duration firstRetryAfter, @DefaultValue("1m") Duration retryEvery,
		@DefaultValue("5m") Duration stalledAfter, @DefaultValue("3d") Duration giveUpAfter) {

	public boolean enabled() {
		return this.emailTo != null && !this.emailTo.isBlank();
	}

	/** How long after a request is stored its first go may still begin a try. */
	Duration firstGoWithin() {
		return this.stalledAfter.dividedBy(2);
	}

	/** {@code retryEvery} for the log, as the settings write it: 1m, 90s, 300ms. */
	String retryEveryForTheLog() {
		Duration every = this.retryEvery;
		if (every.toMillisPart() != 0 || every.isZero()) {
			return every.toMillis() + "ms";
		}
		return (every.toSecondsPart() != 0) ? every.toSeconds() + "s" : every.toMinutes() + "m";
	}

}
