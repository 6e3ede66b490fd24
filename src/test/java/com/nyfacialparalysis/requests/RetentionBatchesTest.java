package com.nyfacialparalysis.requests;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.nyfacialparalysis.calls.TestRequests;
import com.nyfacialparalysis.testsupport.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backlog larger than one batch is deleted batch by batch, each with its own audit
 * line, and the requests' notes and call attempts go with them.
 */
@SiteTest
class RetentionBatchesTest {

	private static final int EXPIRED = 2 * RetentionJob.BATCH + 100;

	private static final String BACKLOG = "Old Request In The Backlog";

	@Autowired
	RetentionJob retention;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RequestRows rows;

	@Test
	void aLargeBacklogIsDeletedInBatchesWithItsNotesAndCalls() {
		new TestRequests(this.jdbc, this.rows).staff("keeper", "Keeper");
		long keeper = this.jdbc.queryForObject("select id from staff_accounts where username = 'keeper'", Long.class);
		Instant longAgo = Instant.now().minus(3 * 365, ChronoUnit.DAYS);
		List<RequestRows.Row> rows = new ArrayList<>();
		for (int i = 0; i < EXPIRED; i++) {
			rows.add(RequestRows.row(String.format("R%03d-%04d", i / 10000, i % 10000), BACKLOG, longAgo)
				.withStatus("CLOSED"));
		}
		this.rows.addAll(rows);
		this.jdbc.update("""
				insert into call_attempts (request_id, caller_id, outcome, attempted_at)
				select id, ?, 'REACHED', received_at from consultation_requests where full_name = ?""", keeper,
				BACKLOG);
		this.jdbc.update("""
				insert into request_notes (request_id, author_id, body, written_at)
				select id, ?, 'Booked.', received_at from consultation_requests where full_name = ?""", keeper,
				BACKLOG);
		// Tests that share the site leave requests, calls and audit lines of their own.
		long first = this.jdbc.queryForObject("select min(id) from consultation_requests where full_name = ?",
				Long.class, BACKLOG);
		long last = this.jdbc.queryForObject("select max(id) from consultation_requests where full_name = ?",
				Long.class, BACKLOG);
		long auditBefore = this.jdbc.queryForObject("select coalesce(max(id), 0) from audit_events", Long.class);

		assertThat(this.retention.purge()).hasSize(EXPIRED);

		assertThat(this.jdbc.queryForObject("select count(*) from consultation_requests where full_name = ?",
				Integer.class, BACKLOG))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from call_attempts where request_id between ? and ?",
				Integer.class, first, last))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from request_notes where request_id between ? and ?",
				Integer.class, first, last))
			.isZero();
		assertThat(this.jdbc.queryForList(
				"select detail from audit_events where action = 'REQUESTS_DELETED_BY_RETENTION' and id > ? order by id",
				String.class, auditBefore))
			.hasSize(3)
			.allMatch((line) -> line.startsWith(RetentionJob.BATCH + " requests") || line.startsWith("100 requests"));
	}

}
