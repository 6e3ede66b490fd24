package com.nyfacialparalysis.accounts;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time codes as authenticator apps make them (RFC 6238 over RFC 4226):
 * HMAC-SHA-1 of the number of 30-second steps since 1970, six digits. A code is accepted
 * for its own step and one step either side, for clocks that drift.
 */
final class TotpCodes {

	static final int STEP_SECONDS = 30;

	static final int DIGITS = 6;

	/** Steps either side of now that are accepted. */
	static final int DRIFT = 1;

	private TotpCodes() {
	}

	/** The step a moment falls in. */
	static long stepAt(Instant moment) {
		return Math.floorDiv(moment.getEpochSecond(), STEP_SECONDS);
	}

	/** The code for a step, six digits with leading zeros. */
	static String codeAt(byte[] secret, long step) {
		return String.format("%0" + DIGITS + "d", truncate(hmac(secret, step), DIGITS));
	}

	/**
	 * The step whose code this is, among the steps accepted at {@code now} and later than
	 * {@code lastUsedStep}; empty when it is none of them.
	 */
	static OptionalLong matchingStep(byte[] secret, String code, Instant now, long lastUsedStep) {
		long current = stepAt(now);
		byte[] given = code.getBytes(StandardCharsets.US_ASCII);
		for (long step = current - DRIFT; step <= current + DRIFT; step++) {
			boolean same = MessageDigest.isEqual(codeAt(secret, step).getBytes(StandardCharsets.US_ASCII), given);
			if (same && step > lastUsedStep) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	/** Whether the code is one of the accepted steps' at all, used or not. */
	static boolean isRecent(byte[] secret, String code, Instant now) {
		return matchingStep(secret, code, now, Long.MIN_VALUE).isPresent();
	}

	/** The dynamic truncation of RFC 4226, section 5.3, to this many digits. */
	static int truncate(byte[] hmac, int digits) {
		int offset = hmac[hmac.length - 1] & 0x0f;
		int binary = ((hmac[offset] & 0x7f) << 24) | ((hmac[offset + 1] & 0xff) << 16)
				| ((hmac[offset + 2] & 0xff) << 8) | (hmac[offset + 3] & 0xff);
		return binary % (int) Math.pow(10, digits);
	}

	static byte[] hmac(byte[] secret, long step) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(secret, "HmacSHA1"));
			return mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA1 is part of every Java runtime", ex);
		}
	}

}
