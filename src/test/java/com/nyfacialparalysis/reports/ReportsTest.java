package com.nyfacialparalysis.reports;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.nyfacialparalysis.accounts.Role;
import com.nyfacialparalysis.accounts.StaffTestUsers;
import com.nyfacialparalysis.calls.TestRequests;
import com.nyfacialparalysis.testsupport.SettableClock;
import com.nyfacialparalysis.testsupport.SiteTest;

import static com.nyfacialparalysis.testsupport.SettableClock.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every figure on the reports page and in its CSV, on a small known set of requests
 * around Thanksgiving 2026, first called through the call log at set times, so the waits
 * in open hours, the medians, the 90th percentiles and the promise are known exactly.
 * Today is Wednesday, December 2, 2026, noon.
 */
@SiteTest
@TestPropertySource(properties = "nyfp.test.context=reports")
class ReportsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SettableClock clock;

	@BeforeEach
	void knownRequests() throws Exception {
		this.clock.setNewYork("2026-12-02T12:00");
		if (this.jdbc.queryForObject("select count(*) from consultation_requests", Integer.class) > 0) {
			return;
		}
		TestRequests requests = new TestRequests(this.jdbc);
		requests.staff("rita", "Rita Reception");
		// The week of Monday, November 23 (Thanksgiving on Thursday).
		long a = requests.add("Ann", "bells-palsy", false, "NEW", at("2026-11-23T09:00"));
		long b = requests.add("Ben", "bells-palsy", true, "NEW", at("2026-11-25T16:00"));
		long c = requests.add("Cal", "hemifacial-spasm", false, "NEW", at("2026-11-27T18:00"));
		// Cal used the Spanish form.
		this.jdbc.update("update consultation_requests set language = 'es' where id = ?", c);
		long d = requests.add("Dee", "not-sure", false, "NEW", at("2026-11-24T10:00"));
		long spam = requests.add("Spam", "bells-palsy", true, "SPAM", at("2026-11-24T11:00"));
		// Dee's symptoms began in the last 3 days; so did urgent Ben's (counted as urgent
		// only) and the spam's (not counted).
		this.jdbc.update("update consultation_requests set within_72_hours = true where id in (?, ?, ?)", d, b, spam);
		// This week, so far.
		requests.add("Fay", "bells-palsy", false, "NEW", at("2026-12-01T10:00"));
		long g = requests.add("Gus", "bells-palsy", false, "NEW", at("2026-11-30T08:00"));
		// The first of the 12 weeks, and the day before it.
		requests.add("Hal", "hemifacial-spasm", false, "CLOSED", at("2026-09-14T00:30"));
		requests.add("Ivy", "hemifacial-spasm", false, "CLOSED", at("2026-09-13T23:30"));

		call(a, "2026-11-23T10:00");
		call(b, "2026-11-27T17:30");
		call(c, "2026-11-30T09:00");
		call(g, "2026-11-30T08:45");
		this.clock.setNewYork("2026-12-02T12:00");
	}

	@Test
	void eachWeeksFiguresAreCountedInOpenHours() throws Exception {
		Document page = reports(StaffTestUsers.signedIn("rita", Role.STAFF));
		assertThat(page.select("h1").text()).isEqualTo("Reports");
		assertThat(row(page, "requests-heading", "Sep 14")).containsExactly("Sep 14", "1");
		assertThat(row(page, "requests-heading", "Nov 23")).containsExactly("Nov 23", "4");
		assertThat(row(page, "requests-heading", "Nov 30")).containsExactly("Nov 30", "2");
		assertThat(page.select("#requests-heading ~ .report__body tbody tr")).hasSize(12);
		assertThat(row(page, "requests-heading", "Nov 16")).containsExactly("Nov 16", "0");

		// Waits: Ann 1 h, Ben 9.5 h (Wednesday 16:00-17:00 and Friday 8:30-17:00), Cal
		// 0.5 h
		// (Friday evening to Monday 9:00). Median 1 h; 90th percentile 1 + 0.8 x 8.5 =
		// 7.8 h.
		assertThat(row(page, "first-call-heading", "Nov 23")).containsExactly("Nov 23", "3", "1 h 00 min",
				"7 h 48 min");
		// Gus arrived before opening and was called at 8:45: 15 minutes.
		assertThat(row(page, "first-call-heading", "Nov 30")).containsExactly("Nov 30", "1", "0 h 15 min",
				"0 h 15 min");
		assertThat(row(page, "first-call-heading", "Nov 16")).containsExactly("Nov 16", "0", "No calls yet",
				"No calls yet");

		// Ann and Cal in time, Ben late, Dee never called; spam left out.
		assertThat(row(page, "promise-heading", "Nov 23")).containsExactly("Nov 23", "2", "4", "50%");
		// Fay's promise (Wednesday 17:00) has not passed: not counted yet.
		assertThat(row(page, "promise-heading", "Nov 30")).containsExactly("Nov 30", "1", "1", "100%");
		assertThat(row(page, "promise-heading", "Nov 16")).containsExactly("Nov 16", "0", "0", "None due");

		assertThat(page.select("#concerns-heading ~ .report__body tbody tr").eachText())
			.containsExactly("Bell's palsy 4", "Hemifacial spasm 2", "I’m not sure 1");
		assertThat(page.select("#languages-heading ~ .report__body tbody tr").eachText()).containsExactly("English 6",
				"Spanish 1");
		assertThat(row(page, "urgent-heading", "Nov 23")).containsExactly("Nov 23", "1", "1");
		assertThat(row(page, "urgent-heading", "Nov 30")).containsExactly("Nov 30", "0", "0");
	}

	@Test
	void eachChartIsAnSvgWithATitleAndBarsInProportion() throws Exception {
		Document page = reports(StaffTestUsers.signedIn("boss", Role.ADMIN));
		assertThat(page.select("svg.chart")).hasSize(6);
		for (Element svg : page.select("svg.chart")) {
			assertThat(svg.attr("role")).isEqualTo("img");
			assertThat(svg.select("title").text()).isNotBlank();
			assertThat(svg.attr("aria-labelledby")).isEqualTo(svg.selectFirst("title").id());
			assertThat(svg.select("[style]")).isEmpty();
		}
		List<Double> heights = page.select("svg.chart--requests rect")
			.stream()
			.map((bar) -> Double.parseDouble(bar.attr("height")))
			.toList();
		assertThat(heights).hasSize(12);
		// The scale tops at 5: four requests are 4/5 of the plot, two 2/5.
		assertThat(heights.get(10)).isEqualTo(heights.get(11) * 2);
		assertThat(heights.get(1)).isZero();
		assertThat(page.select("svg.chart--first-call rect")).hasSize(24);
		assertThat(page.select("script")).allMatch((script) -> script.hasAttr("src"));
	}

	@Test
	void theFiguresDownloadAsCsv() throws Exception {
		String csv = this.mvc
			.perform(get("/staff/reports/figures.csv").with(StaffTestUsers.signedIn("rita", Role.STAFF)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"desk-figures.csv\""))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).startsWith("\uFEFFWeek starting,Requests,Urgent,Within 72 hours,");
		assertThat(lines).contains("\"2026-11-23\",\"4\",\"1\",\"1\",\"3\",\"1.00\",\"7.80\",\"2\",\"4\",\"0.500\"",
				"\"2026-11-30\",\"2\",\"0\",\"0\",\"1\",\"0.25\",\"0.25\",\"1\",\"1\",\"1.000\"",
				"\"2026-11-16\",\"0\",\"0\",\"0\",\"0\",\"\",\"\",\"0\",\"0\",\"\"", "\"Bell's palsy\",\"4\"",
				"\"Language\",\"Requests\"", "\"English\",\"6\"", "\"Spanish\",\"1\"");
		assertThat(lines.stream().filter((line) -> line.startsWith("\"2026-"))).hasSize(12);
	}

	@Test
	void cliniciansAndStrangersDoNotSeeTheReports() throws Exception {
		this.mvc.perform(get("/staff/reports").with(StaffTestUsers.signedIn("cleo", Role.CLINICIAN)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/staff/reports/figures.csv").with(StaffTestUsers.signedIn("cleo", Role.CLINICIAN)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/staff/reports")).andExpect(status().isFound());
	}

	private Document reports(RequestPostProcessor who) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/staff/reports").with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static List<String> row(Document page, String heading, String week) {
		Element row = page.selectFirst("#" + heading + " ~ .report__body tbody tr:has(th:containsOwn(" + week + "))");
		assertThat(row).as("%s row for %s", heading, week).isNotNull();
		return row.children().eachText();
	}

	private void call(long id, String when) throws Exception {
		this.clock.setNewYork(when);
		this.mvc
			.perform(post("/staff/requests/" + id + "/calls").with(StaffTestUsers.signedIn("rita", Role.STAFF))
				.with(csrf())
				.param("outcome", "REACHED"))
			.andExpect(status().isSeeOther());
	}

}
