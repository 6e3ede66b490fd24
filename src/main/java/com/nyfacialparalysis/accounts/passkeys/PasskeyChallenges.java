package com.nyfacialparalysis.accounts.passkeys;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.authentication.HttpSessionPublicKeyCredentialRequestOptionsRepository;
import org.springframework.security.web.webauthn.authentication.PublicKeyCredentialRequestOptionsRepository;

/**
 * The sign-in challenge, kept in the session between the options and the signed answer
 * (Spring Security's session repository), read back with user verification required.
 *
 * <p>
 * Spring Security 7.0.6 decides whether to require user verification by comparing the
 * stored options' {@link UserVerificationRequirement} with {@code REQUIRED} by identity;
 * the desk's sessions live in the database (Spring Session JDBC), so the options come
 * back deserialized, a different object, and the check would quietly be skipped
 * (PasskeysTest signs in without user verification to prove it is not). The desk always
 * requires it, so the options are rebuilt with the constant itself.
 */
final class PasskeyChallenges implements PublicKeyCredentialRequestOptionsRepository {

	private final PublicKeyCredentialRequestOptionsRepository session;

	PasskeyChallenges() {
		this.session = new HttpSessionPublicKeyCredentialRequestOptionsRepository();
	}

	@Override
	public void save(HttpServletRequest request, HttpServletResponse response,
			PublicKeyCredentialRequestOptions options) {
		this.session.save(request, response, options);
	}

	@Override
	public PublicKeyCredentialRequestOptions load(HttpServletRequest request) {
		PublicKeyCredentialRequestOptions stored = this.session.load(request);
		if (stored == null) {
			return null;
		}
		return PublicKeyCredentialRequestOptions.builder()
			.challenge(stored.getChallenge())
			.timeout(stored.getTimeout())
			.rpId(stored.getRpId())
			.allowCredentials(stored.getAllowCredentials())
			.extensions(stored.getExtensions())
			.userVerification(UserVerificationRequirement.REQUIRED)
			.build();
	}

}
