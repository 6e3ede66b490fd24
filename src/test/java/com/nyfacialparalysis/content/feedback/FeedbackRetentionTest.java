package com.nyfacialparalysis.content.feedback;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.nyfacialparalysis.testsupport.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readers' feedback is deleted a year after it arrived, and the audit log says how many
 * answers went, never what they said.
 */
@SiteTest
class FeedbackRetentionTest {

	@Autowired
	FeedbackRetention retention;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void readersFeedbackIsDeletedAYearAfterItArrivedAndTheAuditLogSaysHowMany() {
		this.jdbc.update("delete from page_feedback");
		feedback("Older than a year, with a comment", 400);
		feedback(null, 367);
		feedback("Eleven months old", 330);
		feedback(null, 2);

		assertThat(this.retention.purge()).isEqualTo(2);

		assertThat(this.jdbc.queryForList("select comment from page_feedback order by id", String.class))
			.containsExactly("Eleven months old", null);
		Long line = this.jdbc.queryForObject(
				"select max(id) from audit_events where action = 'FEEDBACK_DELETED_BY_RETENTION'", Long.class);
		assertThat(this.jdbc.queryForObject("select actor from audit_events where id = ?", String.class, line))
			.isEqualTo("retention");
		assertThat(this.jdbc.queryForObject("select detail from audit_events where id = ?", String.class, line))
			.isEqualTo("2 reader feedback answers received over a year ago");
		int lines = this.jdbc.queryForObject(
				"select count(*) from audit_events where action = 'FEEDBACK_DELETED_BY_RETENTION'", Integer.class);
		assertThat(this.retention.purge()).isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_events where action = 'FEEDBACK_DELETED_BY_RETENTION'", Integer.class))
			.as("nothing deleted, nothing written")
			.isEqualTo(lines);
	}

	private void feedback(String comment, int daysAgo) {
		this.jdbc.update("insert into page_feedback (page_kind, page_slug, helpful, comment, received_at)"
				+ " values ('CONDITION', 'bells-palsy', false, ?, current_timestamp - interval '" + daysAgo + "' day)",
				comment);
	}

}
