package com.nyfacialparalysis.consultation;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The staff emails still owed, as the event publication registry records them, read from
 * its table: a record exists from the request's commit until the mail server has taken
 * the email.
 */
public final class OwedEmails {

	private final JdbcTemplate jdbc;

	public OwedEmails(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The status of the record of the email owed about this request (PUBLISHED,
	 * PROCESSING, FAILED, RESUBMITTED), or empty when none is owed.
	 */
	public Optional<String> statusOf(String reference) {
		List<String> statuses = this.jdbc.queryForList(
				"select status from event_publication where listener_id = ? and serialized_event like ?", String.class,
				StaffNotifier.LISTENER, "%\"" + reference + "\"%");
		if (statuses.size() > 1) {
			throw new IllegalStateException(statuses.size() + " records of the email about " + reference);
		}
		return statuses.stream().findFirst();
	}

}
