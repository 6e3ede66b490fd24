package com.nyfacialparalysis.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

import com.nyfacialparalysis.system.secrets.KeyedHash;
import com.nyfacialparalysis.system.secrets.SiteSecret;

/**
 * The browsers a member of staff has signed in on before (OWASP's "device cookie"): after
 * a sign-in with both factors, the browser is given a cookie for that account, signed by
 * the site, that names no one (its name and value are keyed hashes and a random number).
 * Wrong passwords and codes sent from a known browser are counted for that browser alone;
 * those from any other browser are counted together for the account, and past the limit
 * they are refused for a while ({@link SignInLocks}) while the owner's known browser
 * still gets through. A known browser skips no step of signing in: it only keeps its
 * owner from being locked out by someone else's guesses.
 */
@Component
public class KnownBrowsers {

	/** Each account's cookie starts with this, then a keyed hash of the username. */
	static final String PREFIX = "staff_known_";

	static final String PATH = "/staff";

	private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

	private final KeyedHash names;

	private final KeyedHash signatures;

	private final AccountsProperties.SignIn settings;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	KnownBrowsers(SiteSecret secret, AccountsProperties properties, Clock clock) {
		this.names = secret.keyedHashFor("known-browser-name");
		this.signatures = secret.keyedHashFor("known-browser");
		this.settings = properties.signIn();
		this.clock = clock;
	}

	/**
	 * Remembers this browser for the account that just signed in with both factors, or
	 * with a passkey ({@code accounts.passkeys}).
	 */
	public void remember(String username, HttpServletRequest request, HttpServletResponse response) {
		byte[] nonce = new byte[16];
		this.random.nextBytes(nonce);
		String browser = BASE64.encodeToString(nonce);
		long expires = this.clock.instant().plus(this.settings.knownBrowserLifetime()).getEpochSecond();
		String value = browser + "." + expires + "." + sign(username, browser, expires);
		ResponseCookie cookie = ResponseCookie.from(nameFor(username), value)
			.path(PATH)
			.maxAge(this.settings.knownBrowserLifetime())
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Strict")
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	/**
	 * The browser's own id, if it carries a current cookie the site gave it for this
	 * account.
	 */
	Optional<String> knownFor(String username, Cookie[] cookies) {
		if (cookies == null || username == null) {
			return Optional.empty();
		}
		String name = nameFor(username);
		for (Cookie cookie : cookies) {
			if (name.equals(cookie.getName())) {
				Optional<String> browser = open(username, cookie.getValue());
				if (browser.isPresent()) {
					return browser;
				}
			}
		}
		return Optional.empty();
	}

	private Optional<String> open(String username, String value) {
		String[] parts = (value != null && value.length() < 200) ? value.split("\\.", -1) : new String[0];
		if (parts.length != 3) {
			return Optional.empty();
		}
		long expires;
		try {
			expires = Long.parseLong(parts[1]);
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		byte[] expected = sign(username, parts[0], expires).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.US_ASCII))
				|| !Instant.ofEpochSecond(expires).isAfter(this.clock.instant())) {
			return Optional.empty();
		}
		return Optional.of(parts[0]);
	}

	private String nameFor(String username) {
		return PREFIX + this.names.hexOf(username).substring(0, 16);
	}

	private String sign(String username, String browser, long expires) {
		return BASE64.encodeToString(this.signatures.of(username + "|" + browser + "|" + expires));
	}

}
