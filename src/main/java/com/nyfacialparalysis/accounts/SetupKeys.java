package com.nyfacialparalysis.accounts;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;

import com.nyfacialparalysis.audit.AuditAction;
import com.nyfacialparalysis.audit.AuditLog;
import com.nyfacialparalysis.clinic.ClinicProperties;

/**
 * The key a member of staff sets up their authenticator app with, before it is confirmed.
 * It lives only in the session that was shown it (encrypted, {@link TwoFactorSecrets}),
 * never in the accounts' tables: each session that reaches the setup page is shown a key
 * of its own, and a key is good for {@code setup-key-lifetime} after it was first shown.
 * So a key seen by anyone else (someone who knew the password before the owner set up) is
 * useless: the owner's app is set up with the key of the owner's own session, and only
 * the first right code from it is stored as the account's second factor
 * ({@link SecondFactors#checkCode}). Each key shown is in the audit log.
 */
@Component
class SetupKeys {

	static final String ATTRIBUTE = SetupKeys.class.getName() + ".shown";

	private final TwoFactorSecrets secrets;

	private final AuditLog audit;

	private final ClinicProperties clinic;

	private final Duration lifetime;

	private final Clock clock;

	SetupKeys(TwoFactorSecrets secrets, AuditLog audit, ClinicProperties clinic, AccountsProperties properties,
			Clock clock) {
		this.secrets = secrets;
		this.audit = audit;
		this.clinic = clinic;
		this.lifetime = properties.signIn().setupKeyLifetime();
		this.clock = clock;
	}

	/**
	 * A key shown to one session, encrypted.
	 *
	 * @param username whose app it sets up
	 * @param sealedSecret the secret, encrypted
	 * @param shownAt when it was first shown
	 */
	record Shown(String username, String sealedSecret, Instant shownAt) implements Serializable {
	}

	/**
	 * What a person needs to set up their app: the secret as text grouped for typing, and
	 * as a QR code, and until when it is good.
	 */
	record Setup(String secretText, String qrCode, Instant goodUntil) {
	}

	/**
	 * The key this session is setting up with: the one it was shown, while it is good, or
	 * a new one (audited).
	 */
	Setup showTo(HttpSession session, String username) {
		Shown shown = current(session, username).orElse(null);
		if (shown == null) {
			shown = new Shown(username, this.secrets.seal(this.secrets.newSecret()), this.clock.instant());
			session.setAttribute(ATTRIBUTE, shown);
			this.audit.recordOnItsOwn(username, AuditAction.TWO_FACTOR_KEY_SHOWN,
					"good for " + this.lifetime.toMinutes() + " minutes, in this session only");
		}
		String secret = SetupKey.of(this.secrets.open(shown.sealedSecret()));
		String issuer = this.clinic.shortName();
		String address = "otpauth://totp/" + encode(issuer) + ":" + encode(username) + "?secret=" + secret + "&issuer="
				+ encode(issuer) + "&algorithm=SHA1&digits=" + TotpCodes.DIGITS + "&period=" + TotpCodes.STEP_SECONDS;
		return new Setup(SetupKey.grouped(secret), QrCodes.dataUri(address), goodUntil(shown));
	}

	/**
	 * The key this request's session was shown for the account, if it has one (good or
	 * not); never makes a session.
	 */
	Optional<Shown> shown(HttpServletRequest request, String username) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return Optional.empty();
		}
		return (session.getAttribute(ATTRIBUTE) instanceof Shown shown && shown.username().equals(username))
				? Optional.of(shown) : Optional.empty();
	}

	/** Whether a key shown is still good now. */
	boolean isGood(Shown shown) {
		return this.clock.instant().isBefore(goodUntil(shown));
	}

	/** The secret of a key shown. */
	byte[] secretOf(Shown shown) {
		return this.secrets.open(shown.sealedSecret());
	}

	/** Once the app is set up (or the person leaves), the session forgets the key. */
	void forget(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(ATTRIBUTE);
		}
	}

	private Optional<Shown> current(HttpSession session, String username) {
		return (session.getAttribute(ATTRIBUTE) instanceof Shown shown && shown.username().equals(username)
				&& isGood(shown)) ? Optional.of(shown) : Optional.empty();
	}

	private Instant goodUntil(Shown shown) {
		return shown.shownAt().plus(this.lifetime);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
