package com.nyfacialparalysis.accounts;

import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.encrypt.AesBytesEncryptor;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.security.crypto.keygen.KeyGenerators;
import org.springframework.stereotype.Component;

import com.nyfacialparalysis.system.secrets.SiteSecret;

/**
 * Makes authenticator secrets and keeps them encrypted at rest: AES-256-GCM (Spring
 * Security Crypto) with a fresh 16-byte nonce each time and a key derived from the site's
 * secret ({@code CLINIC_SECRET_KEY}), so a copy of the database alone does not give away
 * a second factor.
 */
@Component
class TwoFactorSecrets {

	/** 160 bits, the length RFC 4226 recommends for HMAC-SHA-1. */
	static final int SECRET_BYTES = 20;

	private final BytesEncryptor encryptor;

	private final SecureRandom random = new SecureRandom();

	@Autowired
	TwoFactorSecrets(SiteSecret secret) {
		this(secret.keyFor("two-factor"));
	}

	TwoFactorSecrets(byte[] key) {
		this.encryptor = new AesBytesEncryptor(new SecretKeySpec(key, "AES"), KeyGenerators.secureRandom(16),
				AesBytesEncryptor.CipherAlgorithm.GCM);
	}

	byte[] newSecret() {
		byte[] secret = new byte[SECRET_BYTES];
		this.random.nextBytes(secret);
		return secret;
	}

	String seal(byte[] secret) {
		return Base64.getEncoder().encodeToString(this.encryptor.encrypt(secret));
	}

	byte[] open(String sealed) {
		return this.encryptor.decrypt(Base64.getDecoder().decode(sealed));
	}

}
