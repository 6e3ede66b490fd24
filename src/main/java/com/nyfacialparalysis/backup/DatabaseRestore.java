package com.nyfacialparalysis.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Restores an encrypted backup when the site starts with {@code clinic.backup.restore}
 * (CLINIC_BACKUP_RESTORE) naming one, before anything opens the database: the backup is
 * decrypted with the site's secret and its database file put where
 * {@code spring.datasource.url} says, and the site then starts on it as usual (Flyway
 * brings an older backup up to date). It never overwrites: if a database is already
 * there, the start stops and says to move it away first. A backup that cannot be
 * decrypted (another site secret, a changed or cut-off file) stops the start too, with
 * nothing written.
 */
@Component("databaseRestore")
class DatabaseRestore {

	private static final Logger log = LoggerFactory.getLogger(DatabaseRestore.class);

	private static final String H2_FILE = "jdbc:h2:file:";

	private static final String DATABASE_FILE = ".mv.db";

	DatabaseRestore(BackupProperties properties, BackupEncryption encryption,
			@Value("${spring.datasource.url:}") String databaseUrl) {
		if (properties.restore() != null) {
			restore(properties.restore(), databaseFile(databaseUrl), encryption);
		}
	}

	private static void restore(Path backup, Path database, BackupEncryption encryption) {
		if (!Files.isRegularFile(backup)) {
			throw new IllegalStateException("CLINIC_BACKUP_RESTORE names " + backup + ", which is not a file");
		}
		if (Files.exists(database)) {
			throw new IllegalStateException("CLINIC_BACKUP_RESTORE is set, but a database already exists at " + database
					+ ". Nothing was restored. To restore, stop the site and move that file away; "
					+ "once restored, remove the setting.");
		}
		try {
			OwnerOnly.createFolder(database.toAbsolutePath().getParent());
			Path draft = database.resolveSibling("." + database.getFileName() + ".restoring");
			try {
				boolean found = false;
				try (InputStream file = Files.newInputStream(backup);
						ZipInputStream zip = new ZipInputStream(encryption.decrypting(file))) {
					for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
						// H2 names the database file by the name it had; it is written
						// under the name this site's address gives, and nothing else is
						// taken from the archive.
						if (!entry.isDirectory() && entry.getName().endsWith(DATABASE_FILE) && !found) {
							OwnerOnly.createFile(draft);
							try (OutputStream out = Files.newOutputStream(draft)) {
								zip.transferTo(out);
							}
							found = true;
						}
					}
				}
				if (!found) {
					throw new IllegalStateException("The backup " + backup + " holds no database file");
				}
				Files.move(draft, database);
			}
			finally {
				Files.deleteIfExists(draft);
			}
			log.info("The database was restored from the backup {} into {}", backup.getFileName(), database);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not restore " + backup + ": " + ex.getMessage(), ex);
		}
	}

	/** The H2 database file that {@code spring.datasource.url} names. */
	private static Path databaseFile(String url) {
		if (url == null || !url.startsWith(H2_FILE)) {
			throw new IllegalStateException("CLINIC_BACKUP_RESTORE is for the embedded H2 database "
					+ "(spring.datasource.url jdbc:h2:file:...); restore PostgreSQL with its own tools");
		}
		String path = url.substring(H2_FILE.length());
		int options = path.indexOf(';');
		return Path.of(((options < 0) ? path : path.substring(0, options)) + DATABASE_FILE);
	}

	/** Makes the database wait for the restore. */
	static final class BeforeTheDatabase extends AbstractDependsOnBeanFactoryPostProcessor {

		BeforeTheDatabase() {
			super(DataSource.class, "databaseRestore");
		}

	}

}
