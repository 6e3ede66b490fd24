package com.nyfacialparalysis.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Takes online backups of the embedded H2 database with H2's own {@code BACKUP TO}, which
 * copies a consistent state while the site keeps running, encrypts each
 * ({@link BackupEncryption}) and keeps the newest few. The backup folder and every backup
 * are readable by the site's user only, and the plain copy H2 writes lives only until it
 * is encrypted. On PostgreSQL this does nothing: back that up with the database's own
 * tools.
 */
@Service
public class DatabaseBackup {

	private static final Logger log = LoggerFactory.getLogger(DatabaseBackup.class);

	private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
		.withZone(ZoneOffset.UTC);

	/** An encrypted backup's name ends so; an older, unencrypted one ended in .zip. */
	static final String SUFFIX = ".backup";

	private final JdbcTemplate jdbc;

	private final BackupProperties properties;

	private final BackupEncryption encryption;

	private final Clock clock;

	private final boolean embedded;

	DatabaseBackup(DataSource dataSource, BackupProperties properties, BackupEncryption encryption, Clock clock) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.properties = properties;
		this.encryption = encryption;
		this.clock = clock;
		this.embedded = isEmbeddedH2(dataSource);
	}

	/** Whether this database can be backed up from the site (the embedded H2 file). */
	public boolean available() {
		return this.embedded;
	}

	@Scheduled(cron = "${clinic.backup.cron:0 0 2 * * *}", zone = "${clinic.hours.zone:America/New_York}")
	@SchedulerLock(name = "backup", lockAtLeastFor = "PT5M")
	public void nightly() {
		if (this.embedded) {
			backUpNow();
		}
	}

	/**
	 * Writes a new encrypted backup and returns its file; deletes backups beyond the
	 * number to keep.
	 */
	public Path backUpNow() {
		if (!this.embedded) {
			throw new IllegalStateException("Backups from the site are for the embedded H2 database only");
		}
		try {
			Path folder = folder();
			String name = "nyfp-" + NAME.format(this.clock.instant());
			Path plain = folder.resolve("." + name + ".zip.part");
			Path file = folder.resolve(name + SUFFIX);
			try {
				this.jdbc.execute("BACKUP TO '" + plain.toString().replace("'", "''") + "'");
				encrypt(plain, file);
			}
			finally {
				Files.deleteIfExists(plain);
			}
			log.info("Database backed up, encrypted, to {}", file);
			prune();
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the backup", ex);
		}
	}

	/** The backups there are, newest first. */
	public List<Path> list() {
		if (!Files.isDirectory(this.properties.folder())) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(this.properties.folder())) {
			return files.filter((file) -> file.getFileName().toString().matches("nyfp-.*\\" + SUFFIX))
				.sorted(Comparator.comparing((Path file) -> file.getFileName().toString()).reversed())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not list the backups", ex);
		}
	}

	/**
	 * Backups written before they were encrypted ({@code nyfp-*.zip}) are encrypted in
	 * place once, when the site starts, and the plain copies deleted.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void encryptEarlierBackups() {
		if (!this.embedded || !Files.isDirectory(this.properties.folder())) {
			return;
		}
		try (Stream<Path> files = Files.list(this.properties.folder())) {
			for (Path old : files.filter((file) -> file.getFileName().toString().matches("nyfp-.*\\.zip")).toList()) {
				String name = old.getFileName().toString();
				Path file = old.resolveSibling(name.substring(0, name.length() - ".zip".length()) + SUFFIX);
				encrypt(old, file);
				Files.delete(old);
				log.info("An earlier, unencrypted backup was encrypted to {}", file.getFileName());
			}
		}
		catch (IOException ex) {
			log.error("Earlier unencrypted backups in {} could not be encrypted ({})", this.properties.folder(),
					ex.getClass().getSimpleName());
		}
	}

	private void encrypt(Path plain, Path file) throws IOException {
		Path draft = file.resolveSibling("." + file.getFileName() + ".part");
		OwnerOnly.createFile(draft);
		try {
			try (InputStream in = Files.newInputStream(plain);
					OutputStream out = this.encryption.encryptingTo(Files.newOutputStream(draft))) {
				in.transferTo(out);
			}
			Files.move(draft, file);
		}
		finally {
			Files.deleteIfExists(draft);
		}
	}

	private Path folder() throws IOException {
		Path folder = this.properties.folder().toAbsolutePath();
		OwnerOnly.createFolder(folder);
		return folder;
	}

	private void prune() throws IOException {
		List<Path> backups = list();
		for (Path old : backups.subList(Math.min(backups.size(), Math.max(1, this.properties.keep())),
				backups.size())) {
			Files.deleteIfExists(old);
			log.info("Old backup {} deleted", old.getFileName());
		}
	}

	private static boolean isEmbeddedH2(DataSource dataSource) {
		try (var connection = dataSource.getConnection()) {
			String url = connection.getMetaData().getURL();
			return url != null && url.startsWith("jdbc:h2:file:");
		}
		catch (Exception ex) {
			return false;
		}
	}

}
