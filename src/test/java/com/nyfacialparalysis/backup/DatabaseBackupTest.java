package com.nyfacialparalysis.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.nyfacialparalysis.accounts.Role;
import com.nyfacialparalysis.accounts.StaffTestUsers;
import com.nyfacialparalysis.consultation.FormByMockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A backup of the embedded database, restored as the README says (unzip into the data
 * folder), holds the requests; old backups beyond the number to keep are deleted; only
 * administrators can take one from the site.
 */
@SpringBootTest(properties = { "clinic.backup.keep=2", "clinic.consultation.rate-limit.max-per-hour=1000" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DatabaseBackupTest {

	static final Path FOLDER = createFolder();

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
	void aRestoredBackupHoldsTheRequestsStoredBeforeIt() throws Exception {
		String first = submit("Backup Person One");
		String second = submit("Backup Person Two");
		Path file = this.backup.backUpNow();
		assertThat(file).exists();

		Path restored = Files.createDirectories(FOLDER.resolve("restored"));
		unzip(file, restored);
		String url = "jdbc:h2:file:" + restored.resolve("nyfp") + ";ACCESS_MODE_DATA=r";
		try (Connection db = DriverManager.getConnection(url, "sa", "");
				ResultSet rows = db.createStatement()
					.executeQuery("select count(*) from consultation_requests where reference in ('" + first + "', '"
							+ second + "')")) {
			rows.next();
			assertThat(rows.getInt(1)).isEqualTo(2);
		}
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

	private String submit(String name) throws Exception {
		return FormByMockMvc.sendByPhone(this.mvc, name, "212 555 0123");
	}

	private static void unzip(Path zip, Path into) throws IOException {
		try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				Files.copy(entries, into.resolve(Path.of(entry.getName()).getFileName()));
			}
		}
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
