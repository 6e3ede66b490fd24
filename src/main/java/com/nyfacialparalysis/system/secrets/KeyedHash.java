package com.nyfacialparalysis.system.secrets;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 of a text under one key: how the site signs what it hands a browser (the
 * form's tokens), keeps what it must not keep as typed (recovery codes, unknown
 * usernames), and derives each purpose's key from its secret ({@link SiteSecret}). The
 * same text under the same key always gives the same hash; without the key, nobody can
 * make one or tell what was hashed.
 */
public final class KeyedHash {

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	KeyedHash(byte[] key) {
		this.key = new SecretKeySpec(key, ALGORITHM);
	}

	/** The 32 bytes of the hash of {@code text} (as UTF-8). */
	public byte[] of(String text) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

	/** The hash of {@code text} in hexadecimal, 64 small letters and digits. */
	public String hexOf(String text) {
		return HexFormat.of().formatHex(of(text));
	}

}
