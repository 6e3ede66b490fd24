package com.nyfacialparalysis.calls;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;

import com.nyfacialparalysis.requests.SearchTerms;

/**
 * Puts requests and staff straight into the database, with the receipt time a test needs
 * (the public form always stamps "now"), and the keys the inbox's search finds them by.
 */
public final class TestRequests {

	private static final AtomicInteger NEXT = new AtomicInteger();

	private final JdbcTemplate jdbc;

	public TestRequests(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A request as the form stores it; returns its id. */
	public long add(String name, String concern, boolean urgent, String status, Instant receivedAt) {
		String reference = String.format("T%03d-%04d", NEXT.incrementAndGet() % 1000,
				Math.abs(name.hashCode() % 10000));
		this.jdbc.update("""
				insert into consultation_requests (reference, submission_token, full_name, email, phone, phone_digits,
				  phone_reversed, preferred_contact, concern, sudden_weakness, urgent, status, consent_at, received_at,
				  closed_at)
				values (?, ?, ?, null, '(917) 555-0177', '9175550177', '7710555719', 'PHONE', ?, ?, ?, ?, ?, ?, ?)""",
				reference, UUID.randomUUID().toString(), name, concern, urgent ? "YES" : "NO", urgent, status,
				Timestamp.from(receivedAt), Timestamp.from(receivedAt),
				("CLOSED".equals(status) || "SPAM".equals(status)) ? Timestamp.from(receivedAt) : null);
		long id = this.jdbc.queryForObject("select id from consultation_requests where reference = ?", Long.class,
				reference);
		for (String key : SearchTerms.keysOf(name, null)) {
			this.jdbc.update("insert into request_search_keys (search_key, request_id) values (?, ?)", key, id);
		}
		return id;
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
