package com.nyfacialparalysis.desk;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import com.nyfacialparalysis.accounts.Role;
import com.nyfacialparalysis.accounts.StaffTestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The CSV export reads requests a batch at a time and writes each batch before reading
 * the next, so memory holds one batch whatever the number of rows. Hibernate's own
 * statistics count the reads: an export that loaded every row at once would read once.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ExportStreamingTest {

	private static final int ROWS = 2 * InboxController.EXPORT_BATCH + 201;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagers;

	@Test
	void theExportReadsAndWritesOneBatchAtATimeAndMissesNoRow() throws Exception {
		Instant start = Instant.parse("2026-01-05T14:00:00Z");
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < ROWS; i++) {
			// Pairs share a receipt time, so the batches' edges must be exact.
			Timestamp received = Timestamp.from(start.plusSeconds(60L * (i / 2)));
			rows.add(new Object[] { String.format("X%03d-%04d", i / 10000, i % 10000), UUID.randomUUID().toString(),
					"Person " + i, received, received });
		}
		this.jdbc.batchUpdate("""
				insert into consultation_requests (reference, submission_token, full_name, phone, phone_digits,
				  preferred_contact, concern, sudden_weakness, urgent, status, consent_at, received_at)
				values (?, ?, ?, '(917) 555-0177', '9175550177', 'PHONE', 'bells-palsy', 'NO', false, 'NEW', ?, ?)""",
				rows);
		Statistics statistics = this.entityManagers.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();

		String csv = this.mvc
			.perform(get("/staff/requests/export.csv").with(StaffTestUsers.signedIn("rita", Role.STAFF)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		List<String> lines = csv.lines().toList();
		assertThat(lines).hasSize(ROWS + 1);
		assertThat(lines.stream().skip(1).map((line) -> line.substring(1, 10)).distinct()).hasSize(ROWS);
		assertThat(lines.get(1)).as("newest first").contains("Person " + (ROWS - 1));
		long reads = Arrays.stream(statistics.getQueries())
			.filter((query) -> query.contains("order by r.receivedAt desc, r.id desc"))
			.mapToLong((query) -> statistics.getQueryStatistics(query).getExecutionCount())
			.sum();
		long rowsRead = Arrays.stream(statistics.getQueries())
			.filter((query) -> query.contains("order by r.receivedAt desc, r.id desc"))
			.mapToLong((query) -> statistics.getQueryStatistics(query).getExecutionRowCount())
			.sum();
		assertThat(reads).as("one read a batch of %s", InboxController.EXPORT_BATCH).isEqualTo(3);
		assertThat(rowsRead).isEqualTo(ROWS);
	}

}
