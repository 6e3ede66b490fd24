package com.nyfacialparalysis.desk;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.nyfacialparalysis.accounts.Role;
import com.nyfacialparalysis.accounts.StaffAccountRepository;
import com.nyfacialparalysis.accounts.StaffTestUsers;
import com.nyfacialparalysis.accounts.TestAccounts;
import com.nyfacialparalysis.consultation.FormByMockMvc;
import com.nyfacialparalysis.requests.RequestNote;
import com.nyfacialparalysis.system.CookieJar;
import com.nyfacialparalysis.testsupport.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff desk as receptionists use it: the inbox, a request and the export (signing in
 * and the accounts: SignInAndAccountsTest). It runs on the shared site
 * ({@link SiteTest}), so its people have names no other test gives anyone.
 */
@SiteTest
class StaffDeskTest {

	/** Requests on one page of the inbox (five in the tests' settings). */
	@Value("${clinic.staff.page-size}")
	int pageSize;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffAccountRepository staff;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void receptionistExists() {
		this.accounts.receptionistExists();
	}

	@Test
	void theInboxShowsUrgentFirstThenNewestWithCountsAndPaging() throws Exception {
		String older = submit("Olive Orderly", "NO");
		String urgent = submit("Uma Orderly", "YES");
		String newer = submit("Nina Orderly", "NO");
		this.jdbc.update(
				"update consultation_requests set received_at = received_at - interval '1' minute where reference = ?",
				urgent);
		// The shared site holds other tests' requests too: the order is read among these
		// three.
		Document found = page(this.mvc.perform(get("/staff/requests").param("q", "orderly").with(rita())).andReturn());
		List<String> order = found.select("table.inbox tbody tr td:nth-child(2) a").eachText();
		assertThat(order).containsExactly(urgent, newer, older);
		assertThat(found.select("tr.is-urgent").text()).contains("Uma Orderly", "Urgent");
		Document inbox = page(this.mvc.perform(get("/staff/requests").with(rita())).andReturn());
		assertThat(inbox.select(".status-counts").text()).contains("New", "Contacted", "Scheduled", "Closed", "Spam");
		assertThat(this.pageSize).isEqualTo(5);
		assertThat(inbox.select("table.inbox tbody tr")).hasSizeLessThanOrEqualTo(5);
	}

	@Test
	void weaknessOfTheLast3DaysIsMarkedWithin72HoursAndSortedRightAfterTheUrgentOnes() throws Exception {
		String older = submit("Olga Window", "NO");
		String urgent = submitBegan("Ursula Window", "YES", "ONE_TO_FOUR_WEEKS");
		String recent = submitBegan("Rosa Window", "NO", "LAST_3_DAYS");
		String newer = submitBegan("Nadia Window", "NO", "ONE_TO_SIX_MONTHS");
		this.jdbc.update(
				"update consultation_requests set received_at = received_at - interval '2' minute where reference = ?",
				urgent);
		this.jdbc.update(
				"update consultation_requests set received_at = received_at - interval '1' minute where reference = ?",
				recent);
		Document inbox = page(this.mvc.perform(get("/staff/requests").param("q", "window").with(rita())).andReturn());
		assertThat(inbox.select("table.inbox tbody tr td:nth-child(2) a").eachText()).containsExactly(urgent, recent,
				newer, older);
		assertThat(inbox.select("tr.is-within-72-hours").text()).contains("Rosa Window", "Within 72 hours");
		assertThat(inbox.select(".tag--within-72-hours")).hasSize(1);

		Document request = page(this.mvc.perform(get("/staff/requests/" + idOf(recent)).with(rita())).andReturn());
		assertThat(request.select(".care-card--within-72-hours").text()).contains("Within 72 hours",
				"began in the last 3 days", "call today");
		assertThat(request.select(".details").text()).contains("Symptoms began", "In the last 3 days");

		String csv = this.mvc.perform(get("/staff/requests/export.csv").param("q", recent).with(rita()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("Urgent,Within 72 hours,").contains("\"" + recent + "\"", "\"no\",\"yes\"");
	}

	@Test
	void anUrgentRequestThatIsClosedNoLongerTopsTheInbox() throws Exception {
		String closedUrgent = submit("Quincy Quorra", "YES");
		String openUrgent = submit("Quentin Quorra", "YES");
		String newer = submit("Quinn Quorra", "NO");
		this.jdbc.update(
				"update consultation_requests set status = 'CLOSED', closed_at = received_at " + "where reference = ?",
				closedUrgent);
		this.jdbc.update(
				"update consultation_requests set received_at = received_at - interval '1' minute where reference in (?, ?)",
				closedUrgent, openUrgent);
		Document inbox = page(this.mvc.perform(get("/staff/requests").param("q", "quorra").with(rita())).andReturn());
		List<String> order = inbox.select("table.inbox tbody tr td:nth-child(2) a").eachText();
		assertThat(order).containsExactly(openUrgent, newer, closedUrgent);
	}

	@Test
	void theInboxSearchesByNameEmailPhoneOrReferenceAndFiltersByStatus() throws Exception {
		// A telephone number no other request on the shared site has, so its request is
		// on the first page.
		String reference = submitWith("Sam Searchable", "NO", null, "(646) 555-0199");
		for (String q : new String[] { "searchable", "sam.searchable@example.com", "646-555-0199", "6465550199",
				reference }) {
			Document found = page(this.mvc.perform(get("/staff/requests").param("q", q).with(rita())).andReturn());
			assertThat(found.select("table.inbox").text()).as("search %s", q).contains(reference);
		}
		Document closed = page(
				this.mvc.perform(get("/staff/requests").param("status", "CLOSED").param("q", reference).with(rita()))
					.andReturn());
		assertThat(closed.text()).doesNotContain(reference);
		this.mvc.perform(get("/staff/requests").param("q", "a\u0000b").with(rita())).andExpect(status().isOk());
	}

	@Test
	void anOverlongSearchIsAnsweredWithTheInboxNeverAnError() throws Exception {
		String reference = submit("Sam Searchable", "NO");
		String manyWords = "searchable " + "garcia lopez ".repeat(400);
		String manyBytes = "searchable " + "\uD83D\uDE00".repeat(5_000);
		for (String q : new String[] { manyWords, manyBytes, "%".repeat(3_000), "\\".repeat(3_000) }) {
			Document found = page(this.mvc.perform(get("/staff/requests").param("q", q).with(rita()))
				.andExpect(status().isOk())
				.andReturn());
			assertThat(found.select("table.inbox, main").text()).as("search of %d characters", q.length())
				.doesNotContain("Exception");
		}
		this.mvc.perform(head("/staff/requests").param("q", manyWords).with(rita())).andExpect(status().isOk());
		Document one = page(
				this.mvc.perform(get("/staff/requests").param("q", "searchable " + "zz ".repeat(3)).with(rita()))
					.andReturn());
		assertThat(one.text()).doesNotContain(reference);
	}

	@Test
	void listingAndSearchingTheInboxIsAuditedWithoutTheSearchWords() throws Exception {
		String reference = submit("Lena Listed", "NO");
		this.mvc.perform(get("/staff/requests").param("q", "Lena Listed").with(rita())).andExpect(status().isOk());
		var row = this.jdbc.queryForMap("select id, actor, detail, occurred_at from audit_events "
				+ "where action = 'REQUESTS_LISTED' order by id desc limit 1");
		assertThat(row.get("actor")).isEqualTo("rita");
		assertThat(row.get("occurred_at")).isNotNull();
		assertThat((String) row.get("detail")).contains("1 shown", "search").doesNotContain("Lena", "Listed");
		assertThat(this.jdbc.queryForList("select request_reference from audit_event_requests where event_id = ?",
				String.class, row.get("id")))
			.containsExactly(reference);
		Document audit = page(
				this.mvc.perform(get("/staff/audit").param("reference", reference).with(boss())).andReturn());
		assertThat(audit.select("table").text()).contains("REQUESTS_LISTED", "rita", "1 request");
	}

	@Test
	void aRequestStillNewAfterOneBusinessDayIsMarkedOverdue() throws Exception {
		String reference = submit("Ollie Overdue", "NO");
		this.jdbc.update(
				"update consultation_requests set received_at = received_at - interval '10' day where reference = ?",
				reference);
		String fresh = submit("Fred Fresh", "NO");
		Document inbox = page(this.mvc.perform(get("/staff/requests").param("q", "Overdue").with(rita())).andReturn());
		assertThat(inbox.select("tr:has(a:contains(" + reference + ")) .tag--overdue")).hasSize(1);
		Document other = page(this.mvc.perform(get("/staff/requests").param("q", fresh).with(rita())).andReturn());
		assertThat(other.select(".tag--overdue")).isEmpty();
	}

	@Test
	void aRequestPageShowsEveryDetailEscapedWithCallAndEmailLinks() throws Exception {
		String reference = submitWith("<script>alert('x')</script>", "NO", "Line one\n<b>bold</b>");
		long id = idOf(reference);
		MvcResult result = this.mvc.perform(get("/staff/requests/" + id).with(rita()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", Matchers.containsString("no-store")))
			.andReturn();
		String html = result.getResponse().getContentAsString();
		assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;");
		Document page = Jsoup.parse(html);
		assertThat(page.select("a[href=tel:+19175550177]")).hasSize(1);
		assertThat(page.select("a[href^=mailto:]").text()).contains("@example.com");
		assertThat(page.select(".details").text()).contains("Hemifacial spasm", "Line one");
		assertThat(auditCount("REQUEST_VIEWED", reference)).isEqualTo(1);
	}

	@Test
	void aConcernIsShownByItsTitleAndOneNoLongerOnTheSiteAsItWasStoredNeverAsNotSure() throws Exception {
		String reference = submit("Connie Concern", "NO");
		long id = idOf(reference);
		this.jdbc.update("update consultation_requests set concern = 'not-sure' where id = ?", id);
		Document page = page(this.mvc.perform(get("/staff/requests/" + id).with(rita())).andReturn());
		assertThat(page.select(".details").text()).contains("I\u2019m not sure");
		this.jdbc.update("update consultation_requests set concern = 'a-retired-condition' where id = ?", id);
		page = page(this.mvc.perform(get("/staff/requests/" + id).with(rita())).andReturn());
		assertThat(page.select(".details").text()).contains("a-retired-condition")
			.doesNotContainIgnoringCase("not sure");
		Document inbox = page(this.mvc.perform(get("/staff/requests").param("q", reference).with(rita())).andReturn());
		assertThat(inbox.select("table").text()).contains("a-retired-condition").doesNotContainIgnoringCase("not sure");
	}

	@Test
	void statusOwnerAndNotesAreSavedAndShownInTheHistory() throws Exception {
		String reference = submit("Hank History", "NO");
		long id = idOf(reference);
		this.mvc
			.perform(post("/staff/requests/" + id + "/status").with(rita())
				.with(csrf())
				.param("version", String.valueOf(version(id)))
				.param("status", "CONTACTED"))
			.andExpect(status().isSeeOther());
		Long ritaId = this.staff.findByUsername("rita").orElseThrow().getId();
		this.mvc
			.perform(post("/staff/requests/" + id + "/owner").with(rita())
				.with(csrf())
				.param("version", String.valueOf(version(id)))
				.param("ownerId", String.valueOf(ritaId)))
			.andExpect(status().isSeeOther());
		this.mvc
			.perform(post("/staff/requests/" + id + "/notes").with(rita())
				.with(csrf())
				.param("body", "Left a voicemail at 10am."))
			.andExpect(status().isSeeOther());
		Document page = page(this.mvc.perform(get("/staff/requests/" + id).with(rita())).andReturn());
		assertThat(page.select("#status option[selected]").val()).isEqualTo("CONTACTED");
		assertThat(page.select("#ownerId option[selected]").text()).isEqualTo("Rita Reception");
		assertThat(page.select(".notes").text()).contains("Rita Reception", "Left a voicemail at 10am.");
		assertThat(page.select(".history").text()).contains("rita", "STATUS_CHANGED", "NEW to CONTACTED",
				"OWNER_CHANGED", "NOTE_ADDED");
	}

	@Test
	void aNoteWithAMistakeIsShownAgainAsTypedWithTheProblemLinkedAndNothingIsStored() throws Exception {
		String reference = submit("Nora Note", "NO");
		long id = idOf(reference);
		for (String body : new String[] { "Called\u0000back", "   ", "x".repeat(RequestNote.BODY_MAX + 1) }) {
			MvcResult result = this.mvc
				.perform(post("/staff/requests/" + id + "/notes").with(rita()).with(csrf()).param("body", body))
				.andExpect(status().isOk())
				.andReturn();
			Document page = page(result);
			assertThat(page.select(".error-summary a[href=#body]")).as("summary for %s", body.length()).hasSize(1);
			assertThat(page.select("#body-error").text()).isNotBlank();
			assertThat(page.title()).startsWith("Error:");
			if (!body.isBlank()) {
				assertThat(page.select("#body").text()).as("what was typed is kept").isNotBlank();
			}
		}
		assertThat(
				this.jdbc.queryForObject("select count(*) from request_notes where request_id = ?", Integer.class, id))
			.isZero();
	}

	@Test
	void twoPeopleChangingTheSameRequestNeverSilentlyOverwriteEachOther() throws Exception {
		String reference = submit("Connie Conflict", "NO");
		long id = idOf(reference);
		long seen = version(id);
		this.mvc.perform(post("/staff/requests/" + id + "/status").with(boss())
			.with(csrf())
			.param("version", String.valueOf(seen))
			.param("status", "SCHEDULED"));
		CookieJar ritasBrowser = new CookieJar();
		MvcResult late = this.mvc
			.perform(post("/staff/requests/" + id + "/status").with(rita())
				.with(csrf())
				.with(ritasBrowser)
				.param("version", String.valueOf(seen))
				.param("status", "CLOSED"))
			.andExpect(status().isSeeOther())
			.andDo(ritasBrowser)
			.andReturn();
		assertThat(late.getFlashMap().get("problem")).isEqualTo("staff.request.changedMeanwhile");
		assertThat(this.jdbc.queryForObject("select status from consultation_requests where id = ?", String.class, id))
			.isEqualTo("SCHEDULED");
		Document shown = page(
				this.mvc.perform(get("/staff/requests/" + id).with(rita()).with(ritasBrowser)).andReturn());
		assertThat(shown.select(".error-summary").text()).contains("Someone else changed this request");
	}

	@Test
	void theCsvExportOpensInASpreadsheetNeverRunsAFormulaAndItsAuditNamesTheRequests() throws Exception {
		String reference = submitWith("=HYPERLINK(\"http://evil\")", "NO", "+1 cmd|' /C calc'!A0");
		MvcResult result = this.mvc.perform(get("/staff/requests/export.csv").param("q", reference).with(rita()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", Matchers.containsString("attachment")))
			.andReturn();
		byte[] bytes = result.getResponse().getContentAsByteArray();
		assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
		String csv = new String(bytes, StandardCharsets.UTF_8);
		assertThat(csv).contains(CsvExport.HEADER)
			.contains("\"'=HYPERLINK(\"\"http://evil\"\")\"")
			.contains("\"'+1 cmd|' /C calc'!A0\"")
			.contains(reference);
		assertThat(CsvExport.cell("@SUM(1)")).isEqualTo("\"'@SUM(1)\"");
		assertThat(CsvExport.cell("-2")).isEqualTo("\"'-2\"");
		assertThat(CsvExport.cell("Ñúñez")).isEqualTo("\"Ñúñez\"");
		Long export = this.jdbc.queryForObject(
				"select max(id) from audit_events where action = 'REQUESTS_EXPORTED' and actor = 'rita'", Long.class);
		assertThat(this.jdbc.queryForList("select request_reference from audit_event_requests where event_id = ?",
				String.class, export))
			.containsExactly(reference);

		this.mvc.perform(get("/staff/requests/export.csv").with(rita())).andExpect(status().isOk());
		Long all = this.jdbc.queryForObject(
				"select max(id) from audit_events where action = 'REQUESTS_EXPORTED' and actor = 'rita'", Long.class);
		int exported = this.jdbc.queryForObject("select count(*) from consultation_requests where status <> 'SPAM'",
				Integer.class);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event_requests where event_id = ?",
				Integer.class, all))
			.as("every reference in the export is named")
			.isEqualTo(exported);
	}

	private RequestPostProcessor rita() {
		return StaffTestUsers.signedIn("rita", Role.STAFF);
	}

	private RequestPostProcessor boss() {
		return StaffTestUsers.signedIn("boss", Role.ADMIN);
	}

	private String submit(String name, String suddenWeakness) throws Exception {
		return submitWith(name, suddenWeakness, null);
	}

	private String submitBegan(String name, String suddenWeakness, String began) throws Exception {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("fullName", name);
		fields.put("phone", "(917) 555-0177");
		fields.put("preferredContact", "PHONE");
		fields.put("suddenWeakness", suddenWeakness);
		fields.put("symptomDuration", began);
		fields.put("concern", "bells-palsy");
		fields.put("consent", "true");
		return FormByMockMvc.send(this.mvc, fields);
	}

	private String submitWith(String name, String suddenWeakness, String message) throws Exception {
		return submitWith(name, suddenWeakness, message, "(917) 555-0177");
	}

	private String submitWith(String name, String suddenWeakness, String message, String phone) throws Exception {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("fullName", name);
		fields.put("phone", phone);
		fields.put("email", name.toLowerCase().replaceAll("[^a-z]+", ".").replaceAll("^\\.|\\.$", "") + "@example.com");
		fields.put("preferredContact", "PHONE");
		fields.put("suddenWeakness", suddenWeakness);
		fields.put("concern", "hemifacial-spasm");
		fields.put("consent", "true");
		if (message != null) {
			fields.put("message", message);
		}
		return FormByMockMvc.send(this.mvc, fields);
	}

	private long idOf(String reference) {
		return this.jdbc.queryForObject("select id from consultation_requests where reference = ?", Long.class,
				reference);
	}

	private long version(long id) {
		return this.jdbc.queryForObject("select version from consultation_requests where id = ?", Long.class, id);
	}

	/** Lines about this request with this action. */
	private int auditCount(String action, String reference) {
		return this.jdbc.queryForObject("select count(*) from audit_events where action = ? and request_reference = ?",
				Integer.class, action, reference);
	}

	private static Document page(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

}
