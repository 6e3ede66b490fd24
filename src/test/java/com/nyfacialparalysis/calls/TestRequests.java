package com.nyfacialparalysis.calls;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;

import com.nyfacialparalysis.requests.RequestRows;

/**
 * Puts requests ({@link RequestRows}) and staff straight into the database, with the
 * receipt time a test needs (the public form always stamps "now").
 */
public final class TestRequests {

	private static final AtomicInteger NEXT = new AtomicInteger();

	private final JdbcTemplate jdbc;

	private final RequestRows rows;

	public TestRequests(JdbcTemplate jdbc, RequestRows rows) {
		this.jdbc = jdbc;
		this.rows = rows;
	}

	/** A request as the form stores it; returns its id. */
	public long add(String name, String concern, boolean urgent, String status, Instant receivedAt) {
		String reference = String.format("T%03d-%04d", NEXT.incrementAndGet() % 1000,
				Math.abs(name.hashCode() % 10000));
		return this.rows.add(RequestRows.row(reference, name, receivedAt)
			.withConcern(concern)
			.withUrgent(urgent)
			.withStatus(status));
	}

	public String reference(long id) {
		return this.jdbc.queryForObject("select reference from consultation_requests where id = ?", String.class, id);
	}

	/**
	 * A member of staff who can be named in the call log (signing in is not tested here).
	 */
	public void staff(String username, String displayName) {
		Integer existing = this.jdbc.queryForObject("select count(*) from staff_accounts where username = ?",
				Integer.class, username);
		if (existing > 0) {
			return;
		}
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.update("""
				insert into staff_accounts (username, display_name, password_hash, enabled, created_at,
				  password_changed_at) values (?, ?, '{noop}unused-in-these-tests', true, ?, ?)""", username,
				displayName, now, now);
		this.jdbc.update("""
				insert into staff_account_roles (account_id, role)
				select id, 'STAFF' from staff_accounts where username = ?""", username);
	}

}
