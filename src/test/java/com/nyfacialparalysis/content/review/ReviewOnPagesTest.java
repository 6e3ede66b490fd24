package com.nyfacialparalysis.content.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import com.nyfacialparalysis.content.ContentLibrary;
import com.nyfacialparalysis.content.ContentPage;
import com.nyfacialparalysis.content.PageKey;
import com.nyfacialparalysis.content.PageKind;
import com.nyfacialparalysis.system.NuHtmlChecker;
import com.nyfacialparalysis.testsupport.SettableClock;
import com.nyfacialparalysis.testsupport.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What readers are told about a page's medical review: nothing but the truth held in the
 * database. A fresh site claims no review on any page or in its structured data; a
 * sign-off of the page's exact text names the clinician and the dates; a review past its
 * date says so; a page whose text changed since its sign-off is back to "not yet
 * checked". Pages stay in the rendered-page cache throughout, and learn of a sign-off
 * made elsewhere when the watch next looks at the database.
 */
@SiteTest
class ReviewOnPagesTest {

	private static final String NOT_CHECKED = "This page has not yet been checked by one of our clinicians.";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ContentLibrary library;

	@Autowired
	SignOffWatch watch;

	@Autowired
	ContentReview review;

	@Autowired
	SettableClock clock;

	@Autowired
	MeterRegistry metrics;

	@BeforeEach
	void startWithNoSignOffs() {
		this.clock.set(SettableClock.START);
		SignOffRows.noneYet(this.jdbc, this.watch);
	}

	@Test
	void aFreshSiteClaimsNoReviewOnAnyPageNorToSearchEngines() throws Exception {
		List<ContentPage> reviewed = this.library.clinicallyReviewed();
		assertThat(reviewed).hasSizeGreaterThanOrEqualTo(13);
		for (ContentPage page : this.library.all()) {
			Document html = fetch(page.path());
			String text = html.select("main").text();
			assertThat(text).as("%s", page.path())
				.doesNotContain("Medically reviewed", "Last reviewed", "Reviewed by", "clinical team",
						"Next review due");
			if (page.clinicallyReviewed()) {
				assertThat(html.select(".page-review__status").text()).as("%s", page.path()).startsWith(NOT_CHECKED);
			}
			if (page.kind() != PageKind.PAGE) {
				JsonNode data = medicalWebPage(html);
				assertThat(data.has("lastReviewed")).as("lastReviewed in %s", page.path()).isFalse();
				assertThat(data.has("reviewedBy")).as("reviewedBy in %s", page.path()).isFalse();
				assertThat(html.select(".sources a[href^=https://]")).as("sources on %s", page.path()).isNotEmpty();
				assertThat(html.select(".page-review__status").text()).contains("sources listed on this page");
			}
		}
	}

	@Test
	void aSignOffOfTheCurrentTextNamesTheClinicianAndTheDates() throws Exception {
		ContentPage page = this.library.get(PageKind.CONDITION, "bells-palsy");
		SignOffRows.ofCurrentText(this.jdbc, page, "Ana Ruiz, MD", null, Instant.parse("2027-03-03T15:00:00Z"),
				LocalDate.parse("2028-03-03"));
		this.watch.check();

		MockHttpServletResponse response = this.mvc.perform(get(page.path())).andReturn().getResponse();
		assertThat(NuHtmlChecker.errors(response.getContentAsString())).isEmpty();
		Document html = fetch(page.path());
		assertThat(html.select(".page-review__status").text())
			.isEqualTo("Medically reviewed by Ana Ruiz, MD, on March 3, 2027. Next review due March 2028.");
		assertThat(html.select("main").text()).doesNotContain(NOT_CHECKED);
		JsonNode data = medicalWebPage(html);
		assertThat(data.get("lastReviewed").asString()).isEqualTo("2027-03-03");
		assertThat(data.get("reviewedBy").get("@type").asString()).isEqualTo("Person");
		assertThat(data.get("reviewedBy").get("name").asString()).isEqualTo("Ana Ruiz, MD");

		Document other = fetch("/conditions/hemifacial-spasm");
		assertThat(other.select(".page-review__status").text()).as("another page is not reviewed by it")
			.startsWith(NOT_CHECKED);
	}

	@Test
	void theReviewersJobTitleIsShownAndGivenToSearchEngines() throws Exception {
		ContentPage page = this.library.get(PageKind.TREATMENT, "physical-therapy");
		SignOffRows.ofCurrentText(this.jdbc, page, "Ana Ruiz, MD", "facial plastic surgeon",
				Instant.parse("2027-03-03T15:00:00Z"), LocalDate.parse("2028-03-03"));
		this.watch.check();

		Document html = fetch(page.path());
		assertThat(html.select(".page-review__status").text()).startsWith(
				"Medically reviewed by Ana Ruiz, MD, facial plastic surgeon, on March 3, 2027. Next review due March 2028.");
		JsonNode reviewer = medicalWebPage(html).get("reviewedBy");
		assertThat(reviewer.get("name").asString()).isEqualTo("Ana Ruiz, MD");
		assertThat(reviewer.get("jobTitle").asString()).isEqualTo("facial plastic surgeon");
	}

	@Test
	void aReviewPastItsDateSaysWhenItWasDueInsteadOfClaimingToBeCurrent() throws Exception {
		ContentPage page = this.library.get(PageKind.CONDITION, "hemifacial-spasm");
		SignOffRows.ofCurrentText(this.jdbc, page, "Ana Ruiz, MD", null, Instant.parse("2027-03-03T15:00:00Z"),
				LocalDate.parse("2028-03-03"));
		this.watch.check();
		assertThat(fetch(page.path()).select(".page-review__status").text()).contains("Next review due March 2028.");

		this.clock.set(Instant.parse("2028-03-03T20:00:00Z"));
		this.watch.check();
		assertThat(fetch(page.path()).select(".page-review__status").text()).as("due today, not yet overdue")
			.contains("Next review due March 2028.");

		this.clock.set(Instant.parse("2028-03-04T14:00:00Z"));
		this.watch.check();
		Document html = fetch(page.path());
		assertThat(html.select(".page-review__status").text())
			.isEqualTo("Medically reviewed by Ana Ruiz, MD, on March 3, 2027."
					+ " A new review was due on March 3, 2028, and has not been done yet.");
		assertThat(medicalWebPage(html).get("lastReviewed").asString()).isEqualTo("2027-03-03");
	}

	@Test
	void aPageWhoseTextChangedSinceItsSignOffIsBackToNotYetChecked() throws Exception {
		ContentPage page = this.library.get(PageKind.CONDITION, "tourette-syndrome");
		SignOffRows.insert(this.jdbc, page, "0".repeat(64), page.fileContent().replace("tics", "twitches"),
				"Ana Ruiz, MD", null, Instant.parse("2027-03-03T15:00:00Z"), LocalDate.parse("2028-03-03"));
		this.watch.check();

		Document html = fetch(page.path());
		assertThat(html.select(".page-review__status").text()).startsWith(NOT_CHECKED);
		assertThat(html.select("main").text()).doesNotContain("Ana Ruiz", "March 3, 2027");
		assertThat(medicalWebPage(html).has("lastReviewed")).isFalse();
	}

	@Test
	void onlyTheNewestSignOffCountsSoAPagePutBackToAnOlderTextIsNotReviewed() throws Exception {
		ContentPage page = this.library.get(PageKind.TREATMENT, "steroid-injections");
		SignOffRows.ofCurrentText(this.jdbc, page, "Ana Ruiz, MD", null, Instant.parse("2027-01-05T15:00:00Z"),
				LocalDate.parse("2028-01-05"));
		SignOffRows.insert(this.jdbc, page, "f".repeat(64), page.fileContent() + "\nA correction.\n", "Ben Ode, MD",
				null, Instant.parse("2027-02-05T15:00:00Z"), LocalDate.parse("2028-02-05"));
		this.watch.check();

		assertThat(fetch(page.path()).select(".page-review__status").text()).startsWith(NOT_CHECKED);
	}

	@Test
	void theGeneralPagesThatGiveHealthAdviceShowTheirReviewToo() throws Exception {
		ContentPage home = this.library.get(PageKind.PAGE, "home");
		SignOffRows.ofCurrentText(this.jdbc, home, "Ana Ruiz, MD", null, Instant.parse("2027-03-03T15:00:00Z"),
				LocalDate.parse("2028-03-03"));
		this.watch.check();
		assertThat(fetch("/").select(".page-review__status").text()).startsWith("Medically reviewed by Ana Ruiz, MD");
		assertThat(fetch("/your-visit").select(".page-review__status").text()).isEqualTo(NOT_CHECKED);
		Document privacy = fetch("/privacy");
		assertThat(privacy.select(".page-review")).as("no clinical review line on the privacy notice").isEmpty();
	}

	@Test
	void aSignOffMadeElsewhereShowsOnceTheWatchHasLookedAndPagesStayInTheCache() throws Exception {
		ContentPage page = this.library.get(PageKind.CONDITION, "multiple-sclerosis");
		fetch(page.path());
		double before = fromMemory();
		assertThat(fetch(page.path()).select(".page-review__status").text()).startsWith(NOT_CHECKED);
		assertThat(fromMemory()).as("served from the cache").isGreaterThan(before);

		// As another instance would: straight into the database.
		SignOffRows.ofCurrentText(this.jdbc, page, "Ana Ruiz, MD", null, Instant.parse("2027-03-03T15:00:00Z"),
				LocalDate.parse("2028-03-03"));
		assertThat(fetch(page.path()).select(".page-review__status").text())
			.as("the cached page, until the watch looks")
			.startsWith(NOT_CHECKED);

		this.watch.check();
		assertThat(fetch(page.path()).select(".page-review__status").text())
			.startsWith("Medically reviewed by Ana Ruiz, MD, on March 3, 2027.");
		double afterRender = fromMemory();
		assertThat(fetch(page.path()).select(".page-review__status").text()).startsWith("Medically reviewed by");
		assertThat(fromMemory()).as("the new page is served from the cache again").isGreaterThan(afterRender);
	}

	@Test
	void aSignOffMadeOnThisInstanceShowsAtOnce() throws Exception {
		ContentPage page = this.library.get(PageKind.TREATMENT, "antiviral-medications");
		fetch(page.path());
		assertThat(fetch(page.path()).select(".page-review__status").text()).startsWith(NOT_CHECKED);

		this.review.signOff(page.key(), page.sha256(), 7L, new Reviewer("Ana Ruiz, MD", "facial plastic surgeon"));

		assertThat(fetch(page.path()).select(".page-review__status").text())
			.isEqualTo("Medically reviewed by Ana Ruiz, MD, facial plastic surgeon, on April 6, 2027."
					+ " Next review due April 2028.");
	}

	@Test
	void aPageNotYetCheckedStillListsItsSources() throws Exception {
		Document html = fetch("/conditions/stress-and-fatigue");
		assertThat(html.select(".sources li")).isNotEmpty();
		assertThat(html.select(".page-review__status").text())
			.isEqualTo(NOT_CHECKED + " It is based on the sources listed on this page.");
		assertThat(this.review.noticeFor(this.library.get(new PageKey(PageKind.CONDITION, "stress-and-fatigue")))
			.signedOff()).isFalse();
	}

	private double fromMemory() {
		return this.metrics.counter("site.pages.from.memory").count();
	}

	private Document fetch(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as("%s", path).isEqualTo(200);
		assertThat(response.getHeader("Set-Cookie")).as("cookie on %s", path).isNull();
		return Jsoup.parse(response.getContentAsString(), "http://localhost" + path);
	}

	private static JsonNode medicalWebPage(Document html) {
		String data = html.select("script[type=application/ld+json]")
			.stream()
			.map((script) -> script.data())
			.filter((json) -> json.contains("MedicalWebPage"))
			.findFirst()
			.orElseThrow();
		return JSON.readTree(data);
	}

}
