package com.nyfacialparalysis.system.limits;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds on server sessions. A patient never needs one (the form keeps nothing on the
 * server); sessions are for staff, and a visitor only gets one on the staff desk's pages.
 *
 * @param maxLive how many live sessions may exist at once, across every instance sharing
 * the database; when there are this many, a visitor who is not signed in and would need a
 * new one is answered 503 with the clinic's phone number, while every existing session
 * and every sign-in keep working
 * @param retryAfter what the 503 answer's Retry-After says
 */
@ConfigurationProperties("clinic.sessions")
record SessionProperties(@DefaultValue("1000") int maxLive, @DefaultValue("60s") Duration retryAfter) {
}
