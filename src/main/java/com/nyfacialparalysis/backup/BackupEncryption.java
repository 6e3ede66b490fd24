package com.nyfacialparalysis.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;

import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;

import org.springframework.stereotype.Component;

import com.nyfacialparalysis.system.secrets.SiteSecret;

/**
 * Encrypts and decrypts backups with Tink's streaming AES-GCM (AES-256, a key for each
 * file derived with HKDF-SHA256 from a key of the site secret, 1 MiB segments each with
 * its own tag), so that a backup of any size is read and written in a small buffer, and a
 * changed, cut-off or reordered file is refused rather than restored. Without the site
 * secret a backup is noise.
 */
@Component
class BackupEncryption {

	/** What every backup file starts with, so that one is recognised as ours. */
	static final byte[] MAGIC = "NYFP-BACKUP-1\n".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ASSOCIATED_DATA = "nyfp database backup, version 1".getBytes(StandardCharsets.UTF_8);

	private static final int SEGMENT = 1 << 20;

	private final StreamingAead aead;

	BackupEncryption(SiteSecret secret) {
		try {
			this.aead = new AesGcmHkdfStreaming(secret.keyFor("database-backup"), "HmacSha256", 32, SEGMENT, 0);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is part of every Java runtime", ex);
		}
	}

	/** A stream that encrypts what is written to it into {@code file}. */
	OutputStream encryptingTo(OutputStream file) throws IOException {
		file.write(MAGIC);
		try {
			return this.aead.newEncryptingStream(file, ASSOCIATED_DATA);
		}
		catch (GeneralSecurityException ex) {
			throw new IOException("Could not start encrypting the backup", ex);
		}
	}

	/**
	 * A stream of the backup's plain bytes; reading it fails with
	 * {@link UnreadableBackupException} if the file is not one of ours, was made with
	 * another site secret, or was changed or cut off.
	 */
	InputStream decrypting(InputStream file) throws IOException {
		byte[] start = file.readNBytes(MAGIC.length);
		if (!Arrays.equals(start, MAGIC)) {
			throw new UnreadableBackupException(
					"it is not a backup made by this site (an old unencrypted one, " + "or another kind of file)");
		}
		try {
			InputStream plain = this.aead.newDecryptingStream(file, ASSOCIATED_DATA);
			return new InputStream() {
				@Override
				public int read() throws IOException {
					byte[] one = new byte[1];
					return (read(one, 0, 1) < 0) ? -1 : (one[0] & 0xFF);
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					try {
						return plain.read(buffer, offset, length);
					}
					catch (IOException ex) {
						throw new UnreadableBackupException("it cannot be decrypted with this site's secret key "
								+ "(CLINIC_SECRET_KEY must be the one the backup was made with), or it was changed "
								+ "or cut off");
					}
				}

				@Override
				public void close() throws IOException {
					plain.close();
				}
			};
		}
		catch (GeneralSecurityException ex) {
			throw new IOException("Could not start decrypting the backup", ex);
		}
	}

	/** A backup that cannot be read: the message says why, in words an operator reads. */
	static final class UnreadableBackupException extends IOException {

		UnreadableBackupException(String why) {
			super("The backup cannot be read: " + why + ".");
		}

	}

}
