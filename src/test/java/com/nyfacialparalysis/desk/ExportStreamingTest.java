package com.nyfacialparalysis.desk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.nyfacialparalysis.accounts.Role;
import com.nyfacialparalysis.accounts.StaffTestUsers;
import com.nyfacialparalysis.requests.RequestRows;
import com.nyfacialparalysis.testsupport.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The CSV export reads requests a batch at a time and writes each batch before reading
 * the next, so memory holds one batch whatever the number of rows. Hibernate's own
 * statistics, switched on for this test alone, count the reads: an export that loaded
 * every row at once would read once. The test empties the shared site's inbox first, so
 * the export holds its rows alone.
 */
@SiteTest
class ExportStreamingTest {

	private static final int ROWS = 2 * InboxController.EXPORT_BATCH + 201;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RequestRows rows;

	@Autowired
	EntityManagerFactory entityManagers;

	@Test
	void theExportReadsAndWritesOneBatchAtATimeAndMissesNoRow() throws Exception {
		Instant start = Instant.parse("2026-01-05T14:00:00Z");
		List<RequestRows.Row> rows = new ArrayList<>();
		for (int i = 0; i < ROWS; i++) {
			// Pairs share a receipt time, so the batches' edges must be exact.
			rows.add(RequestRows.row(String.format("X%03d-%04d", i / 10000, i % 10000), "Person " + i,
					start.plusSeconds(60L * (i / 2))));
		}
		this.rows.deleteAll();
		this.rows.addAll(rows);
		Statistics statistics = this.entityManagers.unwrap(SessionFactory.class).getStatistics();
		String csv;
		statistics.setStatisticsEnabled(true);
		try {
			statistics.clear();
			csv = this.mvc.perform(get("/staff/requests/export.csv").with(StaffTestUsers.signedIn("rita", Role.STAFF)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}

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
