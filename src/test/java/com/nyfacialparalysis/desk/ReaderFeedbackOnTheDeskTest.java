package com.nyfacialparalysis.desk;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.nyfacialparalysis.accounts.StaffAccountRepository;
import com.nyfacialparalysis.accounts.TestAccounts;
import com.nyfacialparalysis.system.NuHtmlChecker;
import com.nyfacialparalysis.testsupport.SettableClock;
import com.nyfacialparalysis.testsupport.SiteTest;

import static com.nyfacialparalysis.desk.ContentDeskPeople.ana;
import static com.nyfacialparalysis.desk.ContentDeskPeople.boss;
import static com.nyfacialparalysis.desk.ContentDeskPeople.rita;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What readers said of a page, on the Content screen: the yes and no answers of the last
 * 90 days, and their comments, newest first, for staff only, each marked as dealt with
 * once (audited). The site's clock stands at April 6, 2027.
 */
@SiteTest
class ReaderFeedbackOnTheDeskTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SettableClock clock;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffAccountRepository staff;

	@BeforeEach
	void readersAnsweredAboutHemifacialSpasm() {
		this.clock.set(SettableClock.START);
		this.jdbc.update("delete from page_feedback");
		ContentDeskPeople people = new ContentDeskPeople(this.accounts, this.staff);
		people.anaHasAnAccount();
		people.ritaHasAnAccount();
		answer("hemifacial-spasm", true, null, "2027-04-01T12:00:00Z");
		answer("hemifacial-spasm", true, "Clear, thank you. The part on botox helped.", "2027-04-02T12:00:00Z");
		answer("hemifacial-spasm", false, "What does <b>MRI</b> mean?", "2027-04-05T12:00:00Z");
		answer("hemifacial-spasm", false, null, "2026-12-01T12:00:00Z");
		answer("bells-palsy", false, "Nothing about children.", "2027-04-03T12:00:00Z");
	}

	@Test
	void theContentScreenCountsTheAnswersOfTheLast90DaysAndTheCommentsToDealWith() throws Exception {
		Document list = page(this.mvc.perform(get("/staff/content").with(ana())));
		String row = list.select("tr:has(a[href=/staff/content/conditions/hemifacial-spasm])").text();
		assertThat(row).as("the answer from December is older than 90 days").contains("2 yes, 1 no");
		assertThat(list.select("tr:has(a[href=/staff/content/conditions/hemifacial-spasm]) td").last().text())
			.isEqualTo("2");
		assertThat(list.select("tr:has(a[href=/staff/content/conditions/bells-palsy])").text()).contains("0 yes, 1 no");
	}

	@Test
	void commentsAreShownToStaffNewestFirstEscapedAndNeverOnThePublicPage() throws Exception {
		String html = this.mvc.perform(get("/staff/content/conditions/hemifacial-spasm").with(ana()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document screen = Jsoup.parse(html);
		assertThat(screen.select(".comments .message").eachText()).containsExactly("What does <b>MRI</b> mean?",
				"Clear, thank you. The part on botox helped.");
		assertThat(html).doesNotContain("<b>MRI</b>");
		assertThat(screen.select(".comments li").first().text()).contains("did not find the page helpful");
		assertThat(NuHtmlChecker.errors(html)).isEmpty();

		String publicPage = this.mvc.perform(get("/conditions/hemifacial-spasm"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(publicPage).doesNotContain("MRI</b> mean", "The part on botox helped");
		this.mvc.perform(get("/staff/content/conditions/hemifacial-spasm").with(rita()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aCommentIsMarkedAsDealtWithOnceAndTheMarkIsAudited() throws Exception {
		long id = commentId("What does <b>MRI</b> mean?");
		String action = "/staff/content/conditions/hemifacial-spasm/comments/" + id + "/dealt-with";
		Document screen = page(this.mvc.perform(get("/staff/content/conditions/hemifacial-spasm").with(ana())));
		assertThat(screen.select("form[action=" + action + "] button").text()).startsWith("Mark as dealt with");

		this.mvc.perform(post(action).with(rita()).with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(post(action).with(ana()).with(csrf()))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/staff/content/conditions/hemifacial-spasm#comments-heading"));

		Document after = page(this.mvc.perform(get("/staff/content/conditions/hemifacial-spasm").with(ana())));
		assertThat(after.select(".comments li").first().text()).contains("Dealt with by Ana Ruiz on Apr 6, 2027");
		assertThat(after.select("form[action=" + action + "]")).isEmpty();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_events where action = 'FEEDBACK_DEALT_WITH' and actor = 'ana' and detail = ?",
				Integer.class, "comment " + id + " on conditions/hemifacial-spasm"))
			.isEqualTo(1);

		var again = this.mvc.perform(post(action).with(boss()).with(csrf()))
			.andExpect(status().isSeeOther())
			.andReturn();
		assertThat(again.getFlashMap().get("done")).isEqualTo("staff.content.alreadyDealtWith");
		assertThat(this.jdbc.queryForObject("select dealt_with_by from page_feedback where id = ?", Long.class, id))
			.as("the first mark stands")
			.isEqualTo(this.staff.findByUsername("ana").orElseThrow().getId());

		long other = commentId("Nothing about children.");
		this.mvc
			.perform(post("/staff/content/conditions/hemifacial-spasm/comments/" + other + "/dealt-with").with(ana())
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/staff/content/conditions/hemifacial-spasm/comments/999999/dealt-with").with(ana())
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(action).with(ana())).andExpect(status().isMethodNotAllowed());
	}

	private void answer(String slug, boolean helpful, String comment, String at) {
		this.jdbc.update(
				"insert into page_feedback (page_kind, page_slug, helpful, comment, received_at) values (?, ?, ?, ?, ?)",
				"CONDITION", slug, helpful, comment, OffsetDateTime.ofInstant(Instant.parse(at), ZoneOffset.UTC));
	}

	private long commentId(String comment) {
		return this.jdbc.queryForObject("select id from page_feedback where comment = ?", Long.class, comment);
	}

	private static Document page(ResultActions actions) throws Exception {
		return Jsoup.parse(actions.andReturn().getResponse().getContentAsString());
	}

}
