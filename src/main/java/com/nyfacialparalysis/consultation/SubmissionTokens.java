package com.nyfacialparalysis.consultation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.nyfacialparalysis.system.secrets.SiteSecret;

/**
 * The one-time token each form is shown with. It is sealed ({@link Seal}) rather than
 * stored, so showing the form costs the server nothing: a random id, good for a day
 * ({@code clinic.consultation.token-lifetime}), that only this site can make. The id is
 * stored with the request under a unique index, so a second press of Send, or a resend,
 * finds the request already stored instead of storing it again.
 */
@Component
class SubmissionTokens {

	private final Seal seal;

	private final Duration lifetime;

	private final Clock clock;

	SubmissionTokens(SiteSecret secret, ConsultationProperties properties, Clock clock) {
		this.seal = new Seal(secret.keyedHashFor("consultation-submission-token"));
		this.lifetime = properties.tokenLifetime();
		this.clock = clock;
	}

	/** A fresh token for a form about to be shown. */
	String issue() {
		return issueAt(this.clock.instant());
	}

	/** A token as it would have been issued at {@code when}. */
	String issueAt(Instant when) {
		return this.seal.seal(UUID.randomUUID().toString(), when.plus(this.lifetime));
	}

	/** What a token sent back with a form is. */
	Token check(String token) {
		return this.seal.open(token)
			.filter((opened) -> isId(opened.value()))
			.map((opened) -> new Token(opened.value(), !opened.isExpiredAt(this.clock.instant())))
			.orElse(Token.NOT_OURS);
	}

	private static boolean isId(String value) {
		if (value.length() != 36) {
			return false;
		}
		try {
			UUID.fromString(value);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * A token sent back with a form.
	 *
	 * @param id the id it carries (stored with the request), or null when the token is
	 * not one this site issued
	 * @param current whether it is still within its lifetime
	 */
	record Token(String id, boolean current) {

		static final Token NOT_OURS = new Token(null, false);

		/** Issued by this site (now expired or not). */
		boolean isOurs() {
			return this.id != null;
		}

		/** Issued by this site and still within its lifetime. */
		boolean isValid() {
			return isOurs() && this.current;
		}

	}

}
