package com.nyfacialparalysis.system.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The site's one secret, and the keys derived from it for each purpose (signing the
 * form's tokens, encrypting two-factor secrets), so that no two uses share a key. The
 * secret comes from {@code CLINIC_SECRET_KEY}; when that is not set, one is generated
 * once into the data folder, readable by its owner only, and the log says so in one line.
 */
@Component
public class SiteSecret {

	private static final Logger log = LoggerFactory.getLogger(SiteSecret.class);

	static final int MIN_KEY_LENGTH = 32;

	private final KeyedHash master;

	SiteSecret(SecretProperties properties) {
		this.master = new KeyedHash(master(properties));
	}

	/**
	 * A 256-bit key for one purpose, such as {@code "form-token"}; the same purpose
	 * always gives the same key.
	 */
	public byte[] keyFor(String purpose) {
		return this.master.of("nyfp:" + purpose);
	}

	/** The keyed hash under the key for one purpose ({@link #keyFor}). */
	public KeyedHash keyedHashFor(String purpose) {
		return new KeyedHash(keyFor(purpose));
	}

	private static byte[] master(SecretProperties properties) {
		String configured = properties.key();
		if (configured != null && !configured.isBlank()) {
			if (configured.strip().length() < MIN_KEY_LENGTH) {
				throw new IllegalStateException("CLINIC_SECRET_KEY is too short: it needs at least " + MIN_KEY_LENGTH
						+ " characters (for example the output of `openssl rand -base64 48`).");
			}
			return sha256(configured.strip().getBytes(StandardCharsets.UTF_8));
		}
		return fromFile(properties.keyFile());
	}

	private static byte[] fromFile(Path file) {
		try {
			if (!Files.exists(file)) {
				generate(file);
			}
			byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
			if (key.length < MIN_KEY_LENGTH) {
				throw new IllegalStateException("The key in " + file + " is too short; delete it to make a new one.");
			}
			return sha256(key);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the site's secret key in " + file, ex);
		}
	}

	private static void generate(Path file) throws IOException {
		byte[] key = new byte[48];
		new SecureRandom().nextBytes(key);
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path draft = Files.createTempFile(folder, "secret", ".tmp");
		try {
			ownerOnly(draft);
			Files.writeString(draft, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
			// Published whole, never replacing one that exists: when two instances
			// sharing the folder make one at the same moment, the first one wins and
			// both read it.
			publish(draft, file);
			log.warn("CLINIC_SECRET_KEY is not set: generated a secret key in {} (readable by this user only); "
					+ "keep it with the database and its backups.", file.toAbsolutePath());
		}
		catch (FileAlreadyExistsException ex) {
			// Another instance made it first.
		}
		finally {
			Files.deleteIfExists(draft);
		}
	}

	private static void publish(Path draft, Path file) throws IOException {
		try {
			Files.createLink(file, draft);
		}
		catch (UnsupportedOperationException ex) {
			Files.move(draft, file);
		}
	}

	private static void ownerOnly(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system (Windows): the folder's own permissions apply.
		}
	}

	private static byte[] sha256(byte[] value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
