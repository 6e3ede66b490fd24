package com.nyfacialparalysis.accounts.passkeys;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialParameters;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;

/**
 * The passkey a person's browser is making, between the options it was sent and its
 * answer: kept in their session, which lives in the database (Spring Session JDBC) so any
 * instance can take the answer. Spring Security's own options object cannot be written to
 * such a session, so the session keeps what the check needs (the challenge and whom it
 * was for) and the options are made again from it; used once.
 */
record PendingPasskey(byte[] challenge, byte[] userId, String username, String displayName,
		Instant issued) implements Serializable {

	static final Duration LIFETIME = Duration.ofMinutes(5);

	private static final String ATTRIBUTE = PendingPasskey.class.getName();

	static void keep(HttpSession session, PublicKeyCredentialCreationOptions options, Instant now) {
		session.setAttribute(ATTRIBUTE,
				new PendingPasskey(options.getChallenge().getBytes(), options.getUser().getId().getBytes(),
						options.getUser().getName(), options.getUser().getDisplayName(), now));
	}

	/** The options the pending passkey was made from, once; null when none or too old. */
	static PublicKeyCredentialCreationOptions takeFrom(HttpSession session, RelyingParty relyingParty, Instant now) {
		Object kept = session.getAttribute(ATTRIBUTE);
		session.removeAttribute(ATTRIBUTE);
		if (!(kept instanceof PendingPasskey pending) || pending.issued().plus(LIFETIME).isBefore(now)) {
			return null;
		}
		return PublicKeyCredentialCreationOptions.builder()
			.rp(PublicKeyCredentialRpEntity.builder().id(relyingParty.id()).name(relyingParty.name()).build())
			.user(ImmutablePublicKeyCredentialUserEntity.builder()
				.id(new Bytes(pending.userId()))
				.name(pending.username())
				.displayName(pending.displayName())
				.build())
			.challenge(new Bytes(pending.challenge()))
			.pubKeyCredParams(PublicKeyCredentialParameters.EdDSA, PublicKeyCredentialParameters.ES256,
					PublicKeyCredentialParameters.RS256)
			.authenticatorSelection(AuthenticatorSelectionCriteria.builder()
				.userVerification(UserVerificationRequirement.REQUIRED)
				.residentKey(ResidentKeyRequirement.REQUIRED)
				.build())
			.timeout(LIFETIME)
			.build();
	}

}
