package com.nyfacialparalysis.consultation;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import com.nyfacialparalysis.system.secrets.KeyedHash;

/**
 * Seals a short value that the site gives a browser and later reads back (the form's
 * one-time token, the confirmation's reference), so that the browser keeps it instead of
 * the server, and nobody but the site can make or change one. A sealed value reads
 * {@code value.expires.signature}: the value, the second it stops being taken, and an
 * HMAC-SHA256 of both under a key of its own.
 */
final class Seal {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	/** Longer than any value sealed here; a longer text is refused before any work. */
	private static final int MAX_LENGTH = 200;

	private final KeyedHash signature;

	Seal(KeyedHash signature) {
		this.signature = signature;
	}

	/**
	 * Seals a value, which must not contain a dot, to be taken until {@code expires}.
	 */
	String seal(String value, Instant expires) {
		if (value.indexOf('.') >= 0) {
			throw new IllegalArgumentException("A sealed value cannot contain a dot");
		}
		String content = value + "." + expires.getEpochSecond();
		return content + "." + ENCODER.encodeToString(sign(content));
	}

	/**
	 * The value and its expiry, if the text is a value this seal made (expired or not);
	 * empty for anything else.
	 */
	Optional<Opened> open(String sealed) {
		if (sealed == null || sealed.length() > MAX_LENGTH) {
			return Optional.empty();
		}
		int last = sealed.lastIndexOf('.');
		int first = sealed.indexOf('.');
		if (first <= 0 || last == first) {
			return Optional.empty();
		}
		String content = sealed.substring(0, last);
		byte[] given;
		try {
			given = DECODER.decode(sealed.substring(last + 1));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		if (!MessageDigest.isEqual(sign(content), given)) {
			return Optional.empty();
		}
		try {
			Instant expires = Instant.ofEpochSecond(Long.parseLong(content.substring(first + 1)));
			return Optional.of(new Opened(content.substring(0, first), expires));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private byte[] sign(String content) {
		return this.signature.of(content);
	}

	/**
	 * A value this seal made.
	 *
	 * @param value what was sealed
	 * @param expires when it stops being taken
	 */
	record Opened(String value, Instant expires) {

		boolean isExpiredAt(Instant now) {
			return !now.isBefore(this.expires);
		}

	}

}
