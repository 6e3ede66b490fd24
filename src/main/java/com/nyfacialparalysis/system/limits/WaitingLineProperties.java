package com.nyfacialparalysis.system.limits;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many requests that need real work are worked on at once ({@link WaitingLine}).
 *
 * @param atOnce requests worked on at once (a page rendered, a form checked and stored);
 * 0 means twice the processors the machine has
 * @param signInsAtOnce staff password checks worked on at once: each costs tens of
 * milliseconds of a processor on purpose, so a flood of them must not take every one
 * @param maxWait how long a request waits for its turn before it is answered 503 with the
 * clinic's phone number
 */
@ConfigurationProperties("clinic.web.waiting-line")
record WaitingLineProperties(@DefaultValue("0") int atOnce, @DefaultValue("1") int signInsAtOnce,
		@DefaultValue("10s") Duration maxWait) {

	/** Requests worked on at once, with 0 worked out from the machine. */
	int workersAtOnce() {
		return (this.atOnce > 0) ? this.atOnce : 2 * Runtime.getRuntime().availableProcessors();
	}

}
