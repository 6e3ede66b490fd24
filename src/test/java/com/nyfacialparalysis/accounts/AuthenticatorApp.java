package com.nyfacialparalysis.accounts;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.nyfacialparalysis.testsupport.SettableClock;

/**
 * An authenticator app, as on a receptionist's phone, written for the tests from RFC 6238
 * and RFC 4648 alone (not from the site's code): it takes the key the setup page shows
 * and makes the 6-digit code of each 30-second step. Like a person who waits for the next
 * code, it never gives a step it gave before, nor one already used on the site. Given the
 * site's clock in the tests ({@link SettableClock}), it reads the time from it, and moves
 * it on to the next step instead of waiting up to a minute for the real time to get
 * there: for the site, the same as a person waiting.
 */
public final class AuthenticatorApp {

	private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private final byte[] secret;

	private final Clock clock;

	private long lastGiven = Long.MIN_VALUE;

	/**
	 * The app with this key added, as typed from the setup page (spaces and case
	 * ignored), on the real time.
	 */
	public AuthenticatorApp(String key) {
		this(key, Clock.systemUTC());
	}

	/**
	 * The app with this key added, on the site's clock: when that is the tests'
	 * {@link SettableClock}, the app moves it on rather than wait for a step.
	 */
	public AuthenticatorApp(String key, Clock clock) {
		this.secret = decode(key);
		this.clock = clock;
	}

	/** The code the app shows at a moment. */
	public String codeAt(Instant moment) {
		return codeOfStep(Math.floorDiv(moment.getEpochSecond(), 30));
	}

	/** The code the app shows now, or at the next step if this one was already used. */
	public String nextCode() {
		return nextCode(Long.MIN_VALUE);
	}

	/**
	 * The code of the current step, or of the next one when the current one was already
	 * given or used on the site ({@code lastUsedStep}), waiting for it if need be.
	 */
	public synchronized String nextCode(long lastUsedStep) {
		long now = stepNow();
		long step = Math.max(now, Math.max(this.lastGiven, lastUsedStep) + 1);
		if (step > now + 1 && this.clock instanceof SettableClock site) {
			site.moveOn(Duration.ofSeconds(30 * (step - 1 - now)));
		}
		while (step > stepNow() + 1) {
			sleepBriefly();
		}
		this.lastGiven = step;
		return codeOfStep(step);
	}

	private long stepNow() {
		return Math.floorDiv(this.clock.instant().getEpochSecond(), 30);
	}

	/** The step of the last code this app gave. */
	public long lastGivenStep() {
		return this.lastGiven;
	}

	public String codeOfStep(long step) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA1"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0xf;
			int number = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			return String.format("%06d", number % 1_000_000);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] decode(String key) {
		String text = key.replace(" ", "").toUpperCase(Locale.ROOT);
		ByteBuffer bytes = ByteBuffer.allocate(text.length() * 5 / 8);
		long buffer = 0;
		int bits = 0;
		for (char c : text.toCharArray()) {
			int value = BASE32.indexOf(c);
			if (value < 0) {
				throw new IllegalArgumentException("Not a Base32 key: " + key);
			}
			buffer = (buffer << 5) | value;
			bits += 5;
			if (bits >= 8) {
				bytes.put((byte) (buffer >> (bits - 8)));
				bits -= 8;
			}
		}
		return bytes.array();
	}

	private static void sleepBriefly() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
