package com.nyfacialparalysis.requests;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.nyfacialparalysis.accounts.Role;
import com.nyfacialparalysis.accounts.StaffTestUsers;
import com.nyfacialparalysis.consultation.FormByMockMvc;
import com.nyfacialparalysis.testsupport.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Requests closed or marked as spam longer ago than the retention period are deleted with
 * their notes, and the audit log says which, by reference only; everything else stays.
 * The privacy notice states the period.
 */
@SiteTest
class RetentionJobTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RetentionJob retention;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void deletesOnlyWhatWasClosedLongerAgoThanThePeriodAndAuditsItByReference() throws Exception {
		String oldClosed = submit("Old Closed Person");
		String oldSpam = submit("Old Spam Person");
		String recentClosed = submit("Recent Closed Person");
		String oldButOpen = submit("Old Open Person");
		close(oldClosed, "CLOSED", 3 * 365);
		close(oldSpam, "SPAM", 800);
		close(recentClosed, "CLOSED", 30);
		this.jdbc.update(
				"update consultation_requests set received_at = received_at - interval '1200' day where reference = ?",
				oldButOpen);
		Long boss = this.jdbc.queryForObject("select id from staff_accounts where username = 'boss'", Long.class);
		this.jdbc.update(
				"insert into request_notes (request_id, author_id, body, written_at) values (?, ?, 'called', current_timestamp)",
				idOf(oldClosed), boss);

		List<String> deleted = this.retention.purge();

		assertThat(deleted).containsExactlyInAnyOrder(oldClosed, oldSpam);
		assertThat(exists(oldClosed)).isFalse();
		assertThat(exists(oldSpam)).isFalse();
		assertThat(exists(recentClosed)).isTrue();
		assertThat(exists(oldButOpen)).isTrue();
		Long line = this.jdbc.queryForObject(
				"select max(id) from audit_events where action = 'REQUESTS_DELETED_BY_RETENTION'", Long.class);
		assertThat(this.jdbc.queryForObject("select detail from audit_events where id = ?", String.class, line))
			.contains("2 requests")
			.doesNotContain("Person");
		assertThat(deletedReferences(line)).containsExactlyInAnyOrder(oldClosed, oldSpam);
		assertThat(this.retention.purge()).as("nothing left to delete the second time").isEmpty();
	}

	@Test
	void theAuditOfARetentionRunNamesEveryRequestItDeleted() throws Exception {
		List<String> references = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			String reference = submit("Many Old " + i);
			close(reference, "CLOSED", 3 * 365);
			references.add(reference);
		}
		assertThat(this.retention.purge()).containsAll(references);
		Long line = this.jdbc.queryForObject(
				"select max(id) from audit_events where action = 'REQUESTS_DELETED_BY_RETENTION'", Long.class);
		assertThat(deletedReferences(line)).containsAll(references);
		String page = this.mvc
			.perform(get("/staff/audit").param("reference", references.get(59))
				.with(StaffTestUsers.signedIn("boss", Role.ADMIN)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(page).select("table").text()).contains("REQUESTS_DELETED_BY_RETENTION",
				references.get(59));
	}

	private List<String> deletedReferences(Long line) {
		return this.jdbc.queryForList("select request_reference from audit_event_requests where event_id = ?",
				String.class, line);
	}

	@Test
	void thePrivacyNoticeStatesTheConfiguredPeriod() throws Exception {
		String html = this.mvc.perform(get("/privacy")).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(html).select("main").text()).contains("we delete it 2 years after it is closed")
			.doesNotContain("[[retention-period]]");
	}

	private void close(String reference, String status, int daysAgo) {
		this.jdbc.update("update consultation_requests set status = ?, closed_at = current_timestamp - interval '"
				+ daysAgo + "' day where reference = ?", status, reference);
	}

	private boolean exists(String reference) {
		return this.jdbc.queryForObject("select count(*) from consultation_requests where reference = ?", Integer.class,
				reference) == 1;
	}

	private long idOf(String reference) {
		return this.jdbc.queryForObject("select id from consultation_requests where reference = ?", Long.class,
				reference);
	}

	private String submit(String name) throws Exception {
		return FormByMockMvc.sendByPhone(this.mvc, name, "212 555 0111");
	}

}
