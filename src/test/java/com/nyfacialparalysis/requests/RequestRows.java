package com.nyfacialparalysis.requests;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one place a test writes consultation requests by SQL: requests put straight into
 * the table as {@link Requests#receive} stores them, with the keys the inbox's search
 * finds them by, but with the receipt time, status and call-back day a test needs (the
 * public form always stamps "now", and a status changes one step at a time); and the
 * inbox emptied, for the tests that count every request in it. After each change the
 * inbox counts its requests afresh, as after a change the site makes itself.
 */
@Component
public class RequestRows {

	private static final String INSERT = """
			insert into consultation_requests (reference, submission_token, full_name, email, phone, phone_digits,
			  phone_reversed, preferred_contact, concern, sudden_weakness, urgent, within_72_hours, status,
			  consent_at, received_at, closed_at, call_again_on)
			values (?, ?, ?, ?, ?, ?, ?, 'PHONE', ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcTemplate jdbc;

	private final KeptCounts keptCounts;

	RequestRows(JdbcTemplate jdbc, KeptCounts keptCounts) {
		this.jdbc = jdbc;
		this.keptCounts = keptCounts;
	}

	/**
	 * A request that asks for a call back about Bell's palsy, not urgent, new, received
	 * at this moment: change what a test needs with the {@code with} methods.
	 */
	public static Row row(String reference, String fullName, Instant receivedAt) {
		return new Row(reference, fullName, null, "(917) 555-0177", "bells-palsy", false, false, "NEW", receivedAt,
				null);
	}

	/** Stores the request and its search keys; returns its id. */
	public long add(Row row) {
		addAll(List.of(row));
		return this.jdbc.queryForObject("select id from consultation_requests where reference = ?", Long.class,
				row.reference());
	}

	/** Stores many requests at once (a batch of statements), with their search keys. */
	public void addAll(List<Row> rows) {
		List<Object[]> requests = new ArrayList<>();
		List<Object[]> keys = new ArrayList<>();
		for (Row row : rows) {
			Timestamp at = Timestamp.from(row.receivedAt());
			requests.add(new Object[] { row.reference(), UUID.randomUUID().toString(), row.fullName(), row.email(),
					row.phone(), (row.phone() != null) ? row.phone().replaceAll("[^0-9]", "") : null,
					SearchTerms.reversedDigits(row.phone()), row.concern(), row.urgent() ? "YES" : "NO", row.urgent(),
					row.within72Hours(), row.status(), at, at,
					("CLOSED".equals(row.status()) || "SPAM".equals(row.status())) ? at : null,
					(row.callAgainOn() != null) ? Date.valueOf(row.callAgainOn()) : null });
			for (String key : SearchTerms.keysOf(row.fullName(), row.email())) {
				keys.add(new Object[] { key, row.reference() });
			}
		}
		this.jdbc.batchUpdate(INSERT, requests);
		this.jdbc.batchUpdate("insert into request_search_keys (search_key, request_id)"
				+ " select ?, id from consultation_requests where reference = ?", keys);
		this.keptCounts.forget();
	}

	/**
	 * Deletes every request, with its notes, calls and search keys: for a test that
	 * counts the whole inbox. Tests sharing the site look for their own requests only, so
	 * none misses the others'.
	 */
	public void deleteAll() {
		this.jdbc.update("delete from request_notes");
		this.jdbc.update("delete from consultation_requests");
		this.keptCounts.forget();
	}

	/** A request as it is stored. */
	public record Row(String reference, String fullName, String email, String phone, String concern, boolean urgent,
			boolean within72Hours, String status, Instant receivedAt, LocalDate callAgainOn) {

		public Row withEmail(String email) {
			return new Row(this.reference, this.fullName, email, this.phone, this.concern, this.urgent,
					this.within72Hours, this.status, this.receivedAt, this.callAgainOn);
		}

		public Row withPhone(String phone) {
			return new Row(this.reference, this.fullName, this.email, phone, this.concern, this.urgent,
					this.within72Hours, this.status, this.receivedAt, this.callAgainOn);
		}

		public Row withConcern(String concern) {
			return new Row(this.reference, this.fullName, this.email, this.phone, concern, this.urgent,
					this.within72Hours, this.status, this.receivedAt, this.callAgainOn);
		}

		/** Urgent: the person said their face weakened suddenly. */
		public Row withUrgent(boolean urgent) {
			return new Row(this.reference, this.fullName, this.email, this.phone, this.concern, urgent,
					this.within72Hours, this.status, this.receivedAt, this.callAgainOn);
		}

		/** The symptoms began in the last 3 days. */
		public Row withWithin72Hours(boolean within72Hours) {
			return new Row(this.reference, this.fullName, this.email, this.phone, this.concern, this.urgent,
					within72Hours, this.status, this.receivedAt, this.callAgainOn);
		}

		/** A status; a closed request, and spam, were closed when received. */
		public Row withStatus(String status) {
			return new Row(this.reference, this.fullName, this.email, this.phone, this.concern, this.urgent,
					this.within72Hours, status, this.receivedAt, this.callAgainOn);
		}

		public Row withCallAgainOn(LocalDate callAgainOn) {
			return new Row(this.reference, this.fullName, this.email, this.phone, this.concern, this.urgent,
					this.within72Hours, this.status, this.receivedAt, callAgainOn);
		}

	}

}
