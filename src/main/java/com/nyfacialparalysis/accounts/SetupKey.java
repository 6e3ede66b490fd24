package com.nyfacialparalysis.accounts;

import org.apache.commons.codec.binary.Base32;

/**
 * The key an authenticator app is set up with: the secret in Base32 (RFC 4648, Apache
 * Commons Codec) without its padding, as the QR code's address carries it and, in groups
 * of four, as a person types it.
 */
final class SetupKey {

	private static final Base32 BASE32 = new Base32();

	private SetupKey() {
	}

	/** The secret as an app takes it: capital letters and digits 2 to 7, no padding. */
	static String of(byte[] secret) {
		return BASE32.encodeAsString(secret).replace("=", "");
	}

	/** The key in groups of four, as it is easiest to type. */
	static String grouped(String key) {
		StringBuilder groups = new StringBuilder();
		for (int i = 0; i < key.length(); i += 4) {
			if (i > 0) {
				groups.append(' ');
			}
			groups.append(key, i, Math.min(key.length(), i + 4));
		}
		return groups.toString();
	}

}
