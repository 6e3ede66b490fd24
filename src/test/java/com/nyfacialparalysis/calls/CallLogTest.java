package com.nyfacialparalysis.calls;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.nyfacialparalysis.accounts.Role;
import com.nyfacialparalysis.accounts.StaffTestUsers;
import com.nyfacialparalysis.requests.RequestRows;
import com.nyfacialparalysis.testsupport.SettableClock;
import com.nyfacialparalysis.testsupport.SiteTest;

import static com.nyfacialparalysis.testsupport.SettableClock.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The call log as a receptionist uses it: each outcome's effect on the status, the
 * overdue mark and "call again"; the wait in open hours; the inbox's row and order; a
 * form with a mistake; the audit log. The clock is set to days around Thanksgiving 2026.
 */
@SiteTest
class CallLogTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RequestRows rows;

	@Autowired
	SettableClock clock;

	TestRequests requests;

	/**
	 * An empty inbox first: these tests read its first page and search by first names
	 * (Olga, Theo) that other classes' requests on the shared site may also have, and the
	 * classes of one site run in no fixed order.
	 */
	@BeforeEach
	void deskIsReady() {
		this.rows.deleteAll();
		this.clock.setNewYork("2026-11-23T10:00");
		this.requests = new TestRequests(this.jdbc, this.rows);
		this.requests.staff("rita", "Rita Reception");
		this.requests.staff("abe", "Abe Desk");
	}

	@ParameterizedTest
	@CsvSource({ "NEW, BOOKED, SCHEDULED, , false", "NEW, REACHED, CONTACTED, , false",
			"CONTACTED, REACHED, CONTACTED, , false", "CONTACTED, BOOKED, SCHEDULED, , false",
			"NEW, VOICEMAIL, NEW, 2026-11-30, false", "NEW, NO_ANSWER, NEW, 2026-11-30, false",
			"NEW, WRONG_NUMBER, NEW, , true" })
	void eachOutcomeMovesTheRequestOnWithoutAnotherClick(String before, CallOutcome outcome, String after,
			String callAgainOn, boolean needsLook) throws Exception {
		this.clock.setNewYork("2026-11-27T11:00");
		long id = this.requests.add("Olga Outcome", "bells-palsy", false, before, at("2026-11-24T10:00"));
		logCall(id, outcome, "").andExpect(status().isSeeOther()).andExpect(redirectedUrl("/staff/requests/" + id));
		assertThat(column(id, "status")).isEqualTo(after);
		assertThat(column(id, "call_again_on")).isEqualTo(callAgainOn);
		assertThat(column(id, "needs_look")).isEqualToIgnoringCase(String.valueOf(needsLook));
		assertThat(auditCount("CALL_LOGGED", id)).isEqualTo(1);
		// One line says what the call was and everything it changed.
		assertThat(auditDetail("CALL_LOGGED", id))
			.isEqualTo(outcome + (before.equals(after) ? "" : "; status " + before + " to " + after)
					+ (needsLook ? "; details to check" : "")
					+ ((callAgainOn != null) ? "; call again on " + callAgainOn : ""));
		assertThat(auditCount("STATUS_CHANGED", id) + auditCount("CALL_AGAIN_SET", id)).isZero();
		Document inbox = page(get("/staff/requests").param("q", "Olga"));
		assertThat(inbox.select(".tag--overdue")).as("any first attempt ends the overdue mark").isEmpty();
		assertThat(inbox.select(".tag--look")).hasSize(needsLook ? 1 : 0);
		assertThat(inbox.select(".inbox__calls").text()).startsWith("1 try, ");
	}

	@Test
	void theOverdueMarkCountsOnlyOpenDaysAndTheFirstCallEndsIt() throws Exception {
		// Sent the evening before Thanksgiving: promised by the end of Friday, Nov 27.
		long id = this.requests.add("Theo Thanksgiving", "bells-palsy", false, "NEW", at("2026-11-25T16:00"));
		this.clock.setNewYork("2026-11-27T09:30");
		assertThat(page(get("/staff/requests").param("q", "Theo")).select(".tag--overdue"))
			.as("Thanksgiving is not counted: still within the promise")
			.isEmpty();
		this.clock.setNewYork("2026-11-27T17:30");
		assertThat(page(get("/staff/requests").param("q", "Theo")).select(".tag--overdue")).hasSize(1);

		logCall(id, CallOutcome.VOICEMAIL, "Left the clinic's number").andExpect(status().isSeeOther());

		Document inbox = page(get("/staff/requests").param("q", "Theo"));
		assertThat(inbox.select(".tag--overdue")).isEmpty();
		assertThat(inbox.select(".inbox__calls").text()).isEqualTo("1 try, voicemail 5:30 PM");
		// Wednesday 16:00-17:00 and Friday 8:30-17:00: 9 hours 30 minutes of open time.
		assertThat(this.jdbc.queryForObject(
				"select first_call_business_seconds from consultation_requests where id = ?", Long.class, id))
			.isEqualTo(9 * 3600 + 30 * 60);
		assertThat(column(id, "first_call_in_time")).isEqualToIgnoringCase("false");
		assertThat(column(id, "call_again_on")).as("the next business day after Friday").isEqualTo("2026-11-30");
	}

	@Test
	void onlyTheFirstAttemptSetsTheWaitAndAttemptsAreListedNewestFirstWithWhoAndWhen() throws Exception {
		long id = this.requests.add("Nell Newest", "bells-palsy", false, "NEW", at("2026-11-30T09:00"));
		this.clock.setNewYork("2026-11-30T10:14");
		logCall(id, CallOutcome.NO_ANSWER, "").andExpect(status().isSeeOther());
		this.clock.setNewYork("2026-12-01T09:05");
		this.mvc
			.perform(post("/staff/requests/" + id + "/calls").with(abe())
				.with(csrf())
				.param("outcome", "VOICEMAIL")
				.param("note", "  Asked her to call back after 2 pm  "))
			.andExpect(status().isSeeOther());

		assertThat(this.jdbc.queryForObject(
				"select first_call_business_seconds from consultation_requests where id = ?", Long.class, id))
			.isEqualTo(74 * 60);
		assertThat(column(id, "first_call_in_time")).isEqualToIgnoringCase("true");
		Document request = page(get("/staff/requests/" + id));
		List<String> rows = request.select(".call-log tbody tr").eachText();
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).contains("Tue Dec 1, 9:05 AM", "Abe Desk", "Left a voicemail",
				"Asked her to call back after 2 pm");
		assertThat(rows.get(1)).contains("Mon Nov 30, 10:14 AM", "Rita Reception", "No answer");
		assertThat(page(get("/staff/requests").param("q", "Nell")).select(".inbox__calls").text())
			.isEqualTo("2 tries, voicemail 9:05 AM");
	}

	@Test
	void dueCallBacksComeRightAfterUrgentRequests() throws Exception {
		this.clock.setNewYork("2026-12-02T09:00");
		long older = this.requests.add("Dora Due", "bells-palsy", false, "NEW", at("2026-11-30T09:00"));
		long urgent = this.requests.add("Uma Urgent", "bells-palsy", true, "NEW", at("2026-11-30T08:00"));
		long newest = this.requests.add("Nico Newest", "bells-palsy", false, "NEW", at("2026-12-02T08:00"));
		long later = this.requests.add("Lou Later", "bells-palsy", false, "NEW", at("2026-12-01T08:00"));
		this.jdbc.update("update consultation_requests set call_again_on = ? where id = ?",
				LocalDate.parse("2026-12-02"), older);
		this.jdbc.update("update consultation_requests set call_again_on = ? where id = ?",
				LocalDate.parse("2026-12-03"), later);
		Document inbox = page(get("/staff/requests").param("page", "0"));
		List<String> references = inbox.select("tbody tr td:nth-child(2) a").eachText();
		assertThat(references).containsSubsequence(this.requests.reference(urgent), this.requests.reference(older),
				this.requests.reference(newest), this.requests.reference(later));
		assertThat(inbox.select("tr:has(a:contains(" + this.requests.reference(older) + ")) .tag--due")).hasSize(1);
		assertThat(inbox.select("tr:has(a:contains(" + this.requests.reference(later) + ")) .tag--due")).isEmpty();
	}

	@Test
	void aCallWithoutAnOutcomeComesBackAsTypedWithTheProblemLinkedAndNothingIsStored() throws Exception {
		this.clock.setNewYork("2026-12-01T10:00");
		long id = this.requests.add("Mia Mistake", "bells-palsy", false, "NEW", at("2026-11-30T09:00"));
		MvcResult result = this.mvc
			.perform(post("/staff/requests/" + id + "/calls").with(rita())
				.with(csrf())
				.param("note", "She said mornings are best"))
			.andExpect(status().isOk())
			.andReturn();
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".error-summary a[href=#call-outcome]").text()).isEqualTo("Choose how the call went.");
		assertThat(page.select("#call-outcome-error").text()).contains("Choose how the call went.");
		assertThat(page.select("#call-note").text()).isEqualTo("She said mornings are best");
		assertThat(page.select("input#call-outcome")).hasSize(1);
		assertThat(attempts(id)).isZero();

		logCall(id, null, "x".repeat(501)).andExpect(status().isOk());
		logCall(id, CallOutcome.BOOKED, "bad\u0000byte").andExpect(status().isOk());
		this.mvc.perform(post("/staff/requests/" + id + "/calls").with(rita()).with(csrf()).param("outcome", "HUNG_UP"))
			.andExpect(status().isOk());
		assertThat(attempts(id)).isZero();
		assertThat(column(id, "status")).isEqualTo("NEW");
	}

	@Test
	void aCallIsRefusedWithoutTheFormsTokenAndUnknownRequestsAreNotFound() throws Exception {
		long id = this.requests.add("Cora Csrf", "bells-palsy", false, "NEW", at("2026-11-30T09:00"));
		// Without the token the desk treats the form as from an ended session: sign in
		// again.
		this.mvc.perform(post("/staff/requests/" + id + "/calls").with(rita()).param("outcome", "BOOKED"))
			.andExpect(redirectedUrl("/staff/login?expired"));
		assertThat(attempts(id)).isZero();
		this.mvc.perform(post("/staff/requests/99999999/calls").with(rita()).with(csrf()).param("outcome", "BOOKED"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/staff/requests/" + id + "/calls").with(StaffTestUsers.signedIn("cleo", Role.CLINICIAN))
				.with(csrf())
				.param("outcome", "BOOKED"))
			.andExpect(status().isForbidden());
		assertThat(attempts(id)).isZero();
	}

	@Test
	void theCallAgainDayCanBeChangedOrClearedButNotSetInThePast() throws Exception {
		this.clock.setNewYork("2026-12-01T10:00");
		long id = this.requests.add("Carl Callagain", "bells-palsy", false, "NEW", at("2026-11-30T09:00"));
		logCall(id, CallOutcome.NO_ANSWER, "").andExpect(status().isSeeOther());
		assertThat(column(id, "call_again_on")).isEqualTo("2026-12-02");

		this.mvc
			.perform(post("/staff/requests/" + id + "/call-again").with(rita()).with(csrf()).param("on", "2026-12-07"))
			.andExpect(status().isSeeOther());
		assertThat(column(id, "call_again_on")).isEqualTo("2026-12-07");
		assertThat(page(get("/staff/requests/" + id)).select("#call-again-on").attr("value")).isEqualTo("2026-12-07");

		MvcResult past = this.mvc
			.perform(post("/staff/requests/" + id + "/call-again").with(rita()).with(csrf()).param("on", "2026-11-02"))
			.andExpect(status().isOk())
			.andReturn();
		Document page = Jsoup.parse(past.getResponse().getContentAsString());
		assertThat(page.select(".error-summary a[href=#call-again-on]").text()).contains("today or a later day");
		this.mvc.perform(post("/staff/requests/" + id + "/call-again").with(rita()).with(csrf()).param("on", "soon"))
			.andExpect(status().isOk());
		assertThat(column(id, "call_again_on")).isEqualTo("2026-12-07");

		this.mvc.perform(post("/staff/requests/" + id + "/call-again").with(rita()).with(csrf()).param("on", ""))
			.andExpect(status().isSeeOther());
		assertThat(column(id, "call_again_on")).isNull();
		// The day the call set is on the call's line; the two changes after it each have
		// their own.
		assertThat(auditDetail("CALL_LOGGED", id)).isEqualTo("NO_ANSWER; call again on 2026-12-02");
		assertThat(auditCount("CALL_AGAIN_SET", id)).isEqualTo(2);
	}

	@Test
	void aWrongNumberFlagStaysUntilSomeoneChecksTheDetails() throws Exception {
		this.clock.setNewYork("2026-12-01T10:00");
		long id = this.requests.add("Will Wrong", "bells-palsy", false, "NEW", at("2026-11-30T09:00"));
		logCall(id, CallOutcome.WRONG_NUMBER, "A bakery answered").andExpect(status().isSeeOther());
		assertThat(page(get("/staff/requests/" + id)).select(".notice--look").text()).contains("wrong number");
		this.mvc.perform(post("/staff/requests/" + id + "/details-checked").with(rita()).with(csrf()))
			.andExpect(status().isSeeOther());
		assertThat(column(id, "needs_look")).isEqualToIgnoringCase("false");
		assertThat(page(get("/staff/requests/" + id)).select(".notice--look")).isEmpty();
		assertThat(auditCount("DETAILS_CHECKED", id)).isEqualTo(1);
	}

	private ResultActions logCall(long id, CallOutcome outcome, String note) throws Exception {
		var request = post("/staff/requests/" + id + "/calls").with(rita()).with(csrf()).param("note", note);
		if (outcome != null) {
			request.param("outcome", outcome.name());
		}
		return this.mvc.perform(request);
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request.with(rita()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private String column(long id, String column) {
		return this.jdbc.queryForObject(
				"select cast(" + column + " as varchar(20)) from consultation_requests where id = ?", String.class, id);
	}

	private int attempts(long id) {
		return this.jdbc.queryForObject("select count(*) from call_attempts where request_id = ?", Integer.class, id);
	}

	private int auditCount(String action, long id) {
		return this.jdbc.queryForObject("select count(*) from audit_events where action = ? and request_reference = ?",
				Integer.class, action, this.requests.reference(id));
	}

	private String auditDetail(String action, long id) {
		return this.jdbc.queryForObject("select detail from audit_events where action = ? and request_reference = ?",
				String.class, action, this.requests.reference(id));
	}

	private static RequestPostProcessor rita() {
		return StaffTestUsers.signedIn("rita", Role.STAFF);
	}

	private static RequestPostProcessor abe() {
		return StaffTestUsers.signedIn("abe", Role.STAFF);
	}

}
