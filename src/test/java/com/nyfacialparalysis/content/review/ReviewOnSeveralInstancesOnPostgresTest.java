package com.nyfacialparalysis.content.review;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.nyfacialparalysis.content.ContentLibrary;
import com.nyfacialparalysis.content.ContentPage;
import com.nyfacialparalysis.content.PageKind;
import com.nyfacialparalysis.testsupport.SiteInstances;
import com.nyfacialparalysis.testsupport.UsesPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the site on one PostgreSQL database, each serving pages from its own
 * memory: a clinician's sign-off on one shows there at once, and on the other as soon as
 * its watch next looks at the database (every 30 seconds; called directly here).
 */
@UsesPostgres
class ReviewOnSeveralInstancesOnPostgresTest {

	private static final String NOT_CHECKED = "This page has not yet been checked by one of our clinicians.";

	private static SiteInstances instances;

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void startTwoInstancesOnOneDatabase() {
		// The watch is called by the test, so a background look cannot race it.
		instances = SiteInstances.onPostgres("--clinic.content.review-check=1h");
		first = instances.start();
		second = instances.start();
	}

	@AfterAll
	static void stop() {
		if (instances != null) {
			instances.stopAll();
		}
	}

	@Test
	void aSignOffOnOneInstanceShowsOnTheOtherOnceItsWatchHasLooked() throws Exception {
		ContentPage page = first.getBean(ContentLibrary.class).get(PageKind.CONDITION, "bells-palsy");
		for (ConfigurableApplicationContext instance : List.of(first, second)) {
			status(instance, page.path());
			assertThat(status(instance, page.path())).as("cached, and not yet checked").startsWith(NOT_CHECKED);
		}

		first.getBean(ContentReview.class)
			.signOff(page.key(), page.sha256(), 7L, new Reviewer("Ana Ruiz, MD", "facial plastic surgeon"));

		assertThat(status(first, page.path())).as("at once where it was signed")
			.startsWith("Medically reviewed by Ana Ruiz, MD, facial plastic surgeon, on ");
		assertThat(status(second, page.path())).as("the other instance, before its watch looks")
			.startsWith(NOT_CHECKED);

		second.getBean(SignOffWatch.class).check();
		assertThat(status(second, page.path()))
			.startsWith("Medically reviewed by Ana Ruiz, MD, facial plastic surgeon");
		assertThat(second.getBean(ContentReview.class).page(page.key()).state()).isEqualTo(ReviewState.REVIEWED);
	}

	@Test
	void bothInstancesRecordEachTextOnceAndGiveTheSameDates() throws Exception {
		JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
		int pages = first.getBean(ContentLibrary.class).everyLanguage().size();
		assertThat(jdbc.queryForObject("select count(*) from content_versions", Integer.class)).isEqualTo(pages);
		assertThat(body(second, "/sitemap.xml")).isEqualTo(body(first, "/sitemap.xml"));
	}

	private String status(ConfigurableApplicationContext instance, String path) throws Exception {
		return Jsoup.parse(body(instance, path)).select(".page-review__status").text();
	}

	private String body(ConfigurableApplicationContext instance, String path) throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create(base(instance) + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private static String base(ConfigurableApplicationContext instance) {
		return SiteInstances.base(instance);
	}

}
