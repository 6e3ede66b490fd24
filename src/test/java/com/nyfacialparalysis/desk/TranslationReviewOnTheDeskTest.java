package com.nyfacialparalysis.desk;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.nyfacialparalysis.accounts.StaffAccountRepository;
import com.nyfacialparalysis.accounts.TestAccounts;
import com.nyfacialparalysis.content.ContentLibrary;
import com.nyfacialparalysis.content.ContentPage;
import com.nyfacialparalysis.content.PageKind;
import com.nyfacialparalysis.content.PublishedVersions;
import com.nyfacialparalysis.content.review.SignOffRows;
import com.nyfacialparalysis.content.review.SignOffWatch;
import com.nyfacialparalysis.system.site.Language;
import com.nyfacialparalysis.testsupport.SiteTest;

import static com.nyfacialparalysis.desk.ContentDeskPeople.ana;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Each Spanish page is reviewed on its own: it is listed on the Content screen as a page
 * of its own, and when its English original changed after the Spanish page was signed
 * off, the screen marks it "translation out of date" and the Spanish page tells its
 * readers, with a link, that the English version is newer.
 */
@SiteTest
class TranslationReviewOnTheDeskTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ContentLibrary library;

	@Autowired
	PublishedVersions versions;

	@Autowired
	SignOffWatch watch;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffAccountRepository staff;

	private ContentPage spanish;

	private Instant englishChanged;

	@BeforeEach
	void start() {
		new ContentDeskPeople(this.accounts, this.staff).anaHasAnAccount();
		SignOffRows.noneYet(this.jdbc, this.watch);
		this.spanish = this.library.get(Language.SPANISH, PageKind.CONDITION, "paralisis-de-bell");
		ContentPage english = this.library.translation(this.spanish).orElseThrow();
		this.englishChanged = this.versions.firstSeen(english).orElseThrow();
	}

	@Test
	void spanishPagesAreListedOnTheContentScreenAsPagesOfTheirOwn() throws Exception {
		Document screen = contentScreen();
		assertThat(screen.select("a[href=/staff/content/conditions/paralisis-de-bell]").text())
			.isEqualTo("Parálisis de Bell");
		assertThat(screen.select("a[href=/staff/content/conditions/bells-palsy]")).as("and its original apart")
			.hasSize(1);
		assertThat(row(screen, "paralisis-de-bell").text()).contains("in Spanish").doesNotContain("out of date");
		assertThat(this.mvc.perform(get("/staff/content/conditions/paralisis-de-bell").with(ana()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
	}

	@Test
	void aSpanishPageSignedOffBeforeItsEnglishOriginalChangedIsOutOfDate() throws Exception {
		signOffSpanish(this.englishChanged.minus(Duration.ofDays(1)));
		assertThat(row(contentScreen(), "paralisis-de-bell").select(".translation-out-of-date").text())
			.startsWith("Translation out of date");
		Document page = publicPage(this.spanish.path());
		Element notice = page.selectFirst(".translation-notice");
		assertThat(notice).isNotNull();
		assertThat(notice.text()).contains("La versión en inglés de esta página se actualizó");
		assertThat(notice.selectFirst("a").attr("href")).isEqualTo("/conditions/bells-palsy");
		assertThat(notice.selectFirst("a").attr("lang")).isEqualTo("en");
	}

	@Test
	void aSpanishPageSignedOffAfterItsEnglishOriginalChangedIsNot() throws Exception {
		signOffSpanish(this.englishChanged.plus(Duration.ofMinutes(1)));
		assertThat(row(contentScreen(), "paralisis-de-bell").select(".translation-out-of-date")).isEmpty();
		Document page = publicPage(this.spanish.path());
		assertThat(page.select(".translation-notice")).isEmpty();
		assertThat(page.select(".page-review__status").text()).as("the review's dates, in Spanish")
			.containsPattern("\\d{1,2} de [a-z]+ de \\d{4}")
			.doesNotContainPattern(
					"(January|February|March|April|May|June|July|August|September|October|November" + "|December)");
		assertThat(publicPage("/conditions/bells-palsy").select(".translation-notice")).as("never on English pages")
			.isEmpty();
	}

	private void signOffSpanish(Instant signedAt) {
		SignOffRows.ofCurrentText(this.jdbc, this.spanish, "Ana Ruiz, MD", null, signedAt,
				LocalDate.now().plusYears(5));
		this.watch.check();
	}

	private Document contentScreen() throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/staff/content").with(ana()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private Document publicPage(String path) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private static Element row(Document screen, String slug) {
		Element link = screen.selectFirst("a[href=/staff/content/conditions/" + slug + "]");
		assertThat(link).as("row of %s", slug).isNotNull();
		return link.closest("tr");
	}

}
