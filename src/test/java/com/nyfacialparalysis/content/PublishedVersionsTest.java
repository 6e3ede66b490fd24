package com.nyfacialparalysis.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.nyfacialparalysis.clinic.ClinicProperties;
import com.nyfacialparalysis.testsupport.SettableClock;
import com.nyfacialparalysis.testsupport.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The dates the site gives for when a page changed are the days it first served the
 * page's current text, recorded in the database: never a date typed into a file, and no
 * date at all where the site cannot know one.
 */
@SiteTest
class PublishedVersionsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ContentLibrary library;

	@Autowired
	ClinicProperties clinic;

	@Test
	void eachFilesTextIsRecordedOnceWithTheDayItWasFirstServed() {
		for (ContentPage page : this.library.all()) {
			assertThat(this.jdbc.queryForObject(
					"select count(*) from content_versions where page_kind = ? and page_slug = ? and content_sha256 = ?",
					Integer.class, page.kind().name(), page.slug(), page.sha256()))
				.as("%s", page.key())
				.isEqualTo(1);
		}
	}

	@Test
	void theSitemapDatesEachContentPageByItsFirstServedDayAndOtherPagesNotAtAll() throws Exception {
		Document sitemap = Jsoup.parse(
				this.mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString(), "",
				Parser.xmlParser());
		String base = "https://www.example-clinic.test";
		for (Element url : sitemap.select("url")) {
			String path = url.selectFirst("loc").text().substring(base.length());
			ContentPage page = this.library.byPath(path.isEmpty() ? "/" : path);
			if (page != null) {
				assertThat(url.select("lastmod").text()).as("%s", path).isEqualTo(firstSeen(page).toString());
			}
			else {
				assertThat(url.select("lastmod")).as("no date for %s", path).isEmpty();
			}
		}
		assertThat(sitemap.select("url")).hasSizeGreaterThan(this.library.all().size());
	}

	@Test
	void aTextSeenBeforeKeepsItsFirstDayAndIsNotRecordedAgain() {
		ContentPage privacy = this.library.get(PageKind.PAGE, "privacy");
		OffsetDateTime original = this.jdbc.queryForObject(
				"select first_seen_at from content_versions where page_kind = 'PAGE' and page_slug = 'privacy'",
				OffsetDateTime.class);
		String update = "update content_versions set first_seen_at = ?"
				+ " where page_kind = 'PAGE' and page_slug = 'privacy'";
		this.jdbc.update(update, OffsetDateTime.parse("2026-12-01T15:00:00Z"));
		try {
			SettableClock later = new SettableClock();
			later.set(Instant.parse("2028-01-01T12:00:00Z"));
			PublishedVersions restarted = new PublishedVersions(this.library, this.jdbc, later, this.clinic);
			assertThat(restarted.firstServed(privacy)).contains(LocalDate.parse("2026-12-01"));
			assertThat(this.jdbc.queryForObject("select count(*) from content_versions", Integer.class))
				.isEqualTo(this.library.everyLanguage().size());
		}
		finally {
			this.jdbc.update(update, original);
		}
	}

	@Test
	void textsSeenFirstByAnotherInstanceStartingAtTheSameMomentKeepItsDate() {
		ContentPage privacy = this.library.get(PageKind.PAGE, "privacy");
		ContentPage home = this.library.get(PageKind.PAGE, "home");
		String edited = "0".repeat(64);
		List<ContentPage> newTexts = List.of(withSha256(privacy, edited), withSha256(home, edited));
		OffsetDateTime otherInstance = OffsetDateTime.parse("2027-03-01T10:00:00Z");
		OffsetDateTime thisInstance = OffsetDateTime.parse("2027-03-01T10:00:01Z");
		try {
			// The other instance recorded the privacy notice's new text a moment before:
			// this one's batch meets it, and records the rest one by one.
			PublishedVersions.recordFirstSight(this.jdbc, List.of(newTexts.get(0)), otherInstance);
			PublishedVersions.recordFirstSight(this.jdbc, newTexts, thisInstance);
			assertThat(firstSeenAt(privacy, edited)).isEqualTo(otherInstance.toInstant());
			assertThat(firstSeenAt(home, edited)).isEqualTo(thisInstance.toInstant());
		}
		finally {
			this.jdbc.update("delete from content_versions where content_sha256 = ?", edited);
		}
	}

	@Test
	void thePrivacyNoticeSaysWhenItsCurrentTextWasFirstPublished() throws Exception {
		ContentPage privacy = this.library.get(PageKind.PAGE, "privacy");
		Document page = Jsoup.parse(this.mvc.perform(get("/privacy")).andReturn().getResponse().getContentAsString());
		Element updated = page.selectFirst(".page-updated time");
		assertThat(updated.attr("datetime")).isEqualTo(firstSeen(privacy).toString());
	}

	private Instant firstSeenAt(ContentPage page, String sha256) {
		return this.jdbc
			.queryForObject("select first_seen_at from content_versions where page_kind = ? and page_slug = ?"
					+ " and content_sha256 = ?", OffsetDateTime.class, page.kind().name(), page.slug(), sha256)
			.toInstant();
	}

	private static ContentPage withSha256(ContentPage page, String sha256) {
		return new ContentPage(page.kind(), page.slug(), page.title(), page.summary(), page.order(),
				page.clinicallyReviewed(), page.reviewInterval(), page.schemaType(), page.urgentAdvice(),
				page.related(), page.alsoKnownAs(), page.searchTerms(), page.sources(), page.body(), page.text(),
				page.fileContent(), sha256, page.language(), page.translationOf());
	}

	private LocalDate firstSeen(ContentPage page) {
		OffsetDateTime first = this.jdbc.queryForObject(
				"select first_seen_at from content_versions where page_kind = ? and page_slug = ? and content_sha256 = ?",
				OffsetDateTime.class, page.kind().name(), page.slug(), page.sha256());
		return first.atZoneSameInstant(this.clinic.hours().zone()).toLocalDate();
	}

}
