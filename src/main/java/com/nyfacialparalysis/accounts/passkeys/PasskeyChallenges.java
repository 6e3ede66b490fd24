package com.nyfacialparalysis.accounts.passkeys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.authentication.PublicKeyCredentialRequestOptionsRepository;

import com.nyfacialparalysis.system.limits.RecentAttempts;
import com.nyfacialparalysis.system.secrets.KeyedHash;

/**
 * The sign-in challenge, kept between the options and the signed answer in a cookie
 * signed by the site, never in a server session: asking for a challenge is anonymous, and
 * nothing anonymous may make a session on the desk (issue 23), or a flood of requests for
 * challenges would fill the sessions' table. The cookie ({@value #COOKIE}, sent only to
 * {@code /staff/login}, readable by no script, SameSite=Strict) holds the challenge, the
 * relying party's id and when it stops being good (two minutes); a challenge is taken
 * once (its keyed hash is counted in {@link RecentAttempts}, so a second answer to the
 * same challenge, on any instance, is refused).
 *
 * <p>
 * The options are always read back with user verification required (Spring Security 7.0.6
 * decides whether to require it by comparing the stored requirement with {@code REQUIRED}
 * by identity).
 */
final class PasskeyChallenges implements PublicKeyCredentialRequestOptionsRepository {

	static final String COOKIE = "staff_passkey_challenge";

	private static final String PATH = "/staff/login";

	private static final Duration LIFETIME = Duration.ofMinutes(2);

	private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

	private final KeyedHash signatures;

	private final RecentAttempts attempts;

	private final Clock clock;

	PasskeyChallenges(KeyedHash signatures, RecentAttempts attempts, Clock clock) {
		this.signatures = signatures;
		this.attempts = attempts;
		this.clock = clock;
	}

	@Override
	public void save(HttpServletRequest request, HttpServletResponse response,
			PublicKeyCredentialRequestOptions options) {
		if (options == null) {
			response.addHeader(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO, request).toString());
			return;
		}
		long expires = this.clock.instant().plus(LIFETIME).getEpochSecond();
		String body = options.getChallenge().toBase64UrlString() + "."
				+ BASE64.encodeToString(options.getRpId().getBytes(StandardCharsets.UTF_8)) + "." + expires;
		response.addHeader(HttpHeaders.SET_COOKIE, cookie(body + "." + sign(body), LIFETIME, request).toString());
	}

	@Override
	public PublicKeyCredentialRequestOptions load(HttpServletRequest request) {
		String value = valueOf(request);
		String[] parts = (value != null && value.length() < 500) ? value.split("\\.", -1) : new String[0];
		if (parts.length != 4) {
			return null;
		}
		String body = parts[0] + "." + parts[1] + "." + parts[2];
		if (!MessageDigest.isEqual(sign(body).getBytes(StandardCharsets.US_ASCII),
				parts[3].getBytes(StandardCharsets.US_ASCII))) {
			return null;
		}
		try {
			if (!Instant.ofEpochSecond(Long.parseLong(parts[2])).isAfter(this.clock.instant())
					|| !this.attempts.admit("passkey-challenge", parts[0], 1, LIFETIME.plusMinutes(1))) {
				return null;
			}
			return PublicKeyCredentialRequestOptions.builder()
				.challenge(Bytes.fromBase64(parts[0]))
				.timeout(LIFETIME)
				.rpId(new String(DECODE.decode(parts[1]), StandardCharsets.UTF_8))
				.userVerification(UserVerificationRequirement.REQUIRED)
				.build();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String valueOf(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return null;
		}
		for (Cookie cookie : request.getCookies()) {
			if (COOKIE.equals(cookie.getName())) {
				return cookie.getValue();
			}
		}
		return null;
	}

	private String sign(String body) {
		return BASE64.encodeToString(this.signatures.of(body));
	}

	private static ResponseCookie cookie(String value, Duration maxAge, HttpServletRequest request) {
		return ResponseCookie.from(COOKIE, value)
			.path(PATH)
			.maxAge(maxAge)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Strict")
			.build();
	}

}
