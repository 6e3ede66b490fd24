package com.nyfacialparalysis.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.nyfacialparalysis.NyfpApplication;
import com.nyfacialparalysis.accounts.Role;
import com.nyfacialparalysis.accounts.StaffTestUsers;
import com.nyfacialparalysis.consultation.FormByMockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Backups of the embedded database as an operator and a thief meet them: each is
 * encrypted with a key from the site secret and readable by the site's user only; the
 * README's restore (start a fresh site with CLINIC_BACKUP_RESTORE) brings the requests
 * back into its inbox; the same backup with another secret key restores nothing; old
 * backups beyond the number to keep are deleted; only administrators can take one from
 * the site.
 */
@SpringBootTest(properties = { "clinic.backup.keep=2", "clinic.consultation.rate-limit.max-per-hour=1000" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DatabaseBackupTest {

	static final Path FOLDER = createFolder();

	static final String SECRET = "test-only-secret-key-0123456789-abcdefghij";

	@DynamicPropertySource
	static void fileDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url",
				() -> "jdbc:h2:file:" + FOLDER.resolve("data/nyfp") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
		registry.add("clinic.backup.folder", () -> FOLDER.resolve("data/backups").toString());
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	DatabaseBackup backup;

	@Test
	void aBackupIsEncryptedAndReadableByTheSiteOnly() throws Exception {
		String reference = submit("Private Backup Person");
		Path file = this.backup.backUpNow();
		byte[] bytes = Files.readAllBytes(file);
		String asText = new String(bytes, StandardCharsets.ISO_8859_1);
		assertThat(file.getFileName().toString()).endsWith(".backup");
		assertThat(asText).startsWith("NYFP-BACKUP-1\n")
			.as("no zip, no name, no reference in the clear")
			.doesNotContain("PK\u0003\u0004", "Private Backup Person", reference, "consultation_requests");
		assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
		assertThat(Files.getPosixFilePermissions(file.getParent()))
			.isEqualTo(PosixFilePermissions.fromString("rwx------"));
		try (Stream<Path> left = Files.list(file.getParent())) {
			assertThat(left.map((path) -> path.getFileName().toString())).as("no plain copy is left behind")
				.allMatch((name) -> name.matches("nyfp-.*\\.backup"));
		}
	}

	/**
	 * The README's restore, from outside: a fresh site started with CLINIC_BACKUP_RESTORE
	 * and the same secret key finds the requests in its inbox.
	 */
	@Test
	void aBackupRestoredIntoAFreshSiteShowsItsRequestsInTheInbox() throws Exception {
		String first = submit("Restored Person One");
		String second = submit("Restored Person Two");
		Path file = this.backup.backUpNow();
		Path fresh = Files.createDirectories(FOLDER.resolve("fresh"));
		try (ConfigurableApplicationContext site = freshSite(fresh, file, SECRET)) {
			MockMvc restored = MockMvcBuilders.webAppContextSetup((WebApplicationContext) site)
				.apply(springSecurity())
				.build();
			String inbox = restored
				.perform(get("/staff/requests").param("q", "restored person")
					.with(StaffTestUsers.signedIn("boss", Role.ADMIN)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(Jsoup.parse(inbox).select("table.inbox tbody tr").text()).contains(first, second,
					"Restored Person One", "Restored Person Two");
		}
	}

	@Test
	void aBackupIsUselessWithAnotherSecretKeyAndNothingIsRestored() throws Exception {
		submit("Someone Else's Backup");
		Path file = this.backup.backUpNow();
		Path fresh = Files.createDirectories(FOLDER.resolve("thief"));
		assertThatException().isThrownBy(() -> freshSite(fresh, file, "a-different-secret-key-that-a-thief-would-have"))
			.withStackTraceContaining("cannot be decrypted with this site's secret key");
		try (Stream<Path> written = Files.list(fresh)) {
			assertThat(written).as("nothing of the backup was written").isEmpty();
		}
	}

	@Test
	void aRestoreNeverOverwritesADatabaseThatIsThere() throws Exception {
		Path file = this.backup.backUpNow();
		Path there = Files.createDirectories(FOLDER.resolve("there"));
		Files.writeString(there.resolve("nyfp.mv.db"), "a database already in use");
		assertThatException().isThrownBy(() -> freshSite(there, file, SECRET))
			.withStackTraceContaining("a database already exists at");
		assertThat(Files.readString(there.resolve("nyfp.mv.db"))).isEqualTo("a database already in use");
	}

	@Test
	void keepsOnlyTheNewestBackups() {
		this.backup.backUpNow();
		this.backup.backUpNow();
		this.backup.backUpNow();
		assertThat(this.backup.list()).hasSize(2);
	}

	@Test
	void onlyAnAdministratorCanTakeABackupFromTheSite() throws Exception {
		this.mvc.perform(post("/staff/backups").with(StaffTestUsers.signedIn("rita", Role.STAFF)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/staff/backups").with(StaffTestUsers.signedIn("boss", Role.ADMIN)).with(csrf()))
			.andExpect(status().isSeeOther());
		String page = this.mvc.perform(get("/staff/backups").with(StaffTestUsers.signedIn("boss", Role.ADMIN)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(page).select("table").text()).contains("nyfp-");
	}

	/**
	 * A new site on a database of its own in {@code folder}, restoring {@code backup}.
	 */
	private static ConfigurableApplicationContext freshSite(Path folder, Path backup, String secret) {
		// As an operator starts it: settings given on the command line come before the
		// profile's.
		return new SpringApplicationBuilder(NyfpApplication.class).profiles("test")
			.run("--server.port=0",
					"--spring.datasource.url=jdbc:h2:file:" + folder.resolve("nyfp")
							+ ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
					"--clinic.backup.folder=" + folder.resolve("backups"), "--clinic.backup.restore=" + backup,
					"--clinic.secret.key=" + secret, "--spring.task.scheduling.enabled=false");
	}

	private String submit(String name) throws Exception {
		return FormByMockMvc.sendByPhone(this.mvc, name, "212 555 0123");
	}

	private static Path createFolder() {
		try {
			return Files.createTempDirectory("nyfp-backup-test");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
