package com.nyfacialparalysis.content;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.nyfacialparalysis.content.review.SignOffRows;
import com.nyfacialparalysis.content.review.SignOffWatch;
import com.nyfacialparalysis.testsupport.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages for the clinic's own core patients, as a reader finds them in both languages:
 * Ramsay Hunt syndrome with the stroke box first, synkinesis and long-standing paralysis,
 * and protecting the eye at an address of its own, reached from the navigation of every
 * page, listed in the sitemap and offered on the consultation form.
 */
@SiteTest
class CorePatientPagesTest {

	private static final String RAMSAY_HUNT = "/conditions/ramsay-hunt-syndrome";

	private static final String RAMSAY_HUNT_ES = "/es/afecciones/sindrome-de-ramsay-hunt";

	private static final String SYNKINESIS = "/conditions/synkinesis-and-facial-paralysis";

	private static final String SYNKINESIS_ES = "/es/afecciones/sincinesia-y-paralisis-facial";

	private static final String EYE = "/protecting-your-eye";

	private static final String EYE_ES = "/es/proteger-su-ojo";

	private static final String BASE = "https://www.example-clinic.test";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SignOffWatch watch;

	@Test
	void ramsayHuntSaysCall911BeforeAnythingElseInBothLanguages() throws Exception {
		for (String path : List.of(RAMSAY_HUNT, RAMSAY_HUNT_ES)) {
			Element article = fetch(path).selectFirst("article");
			assertThat(article.child(0).tagName()).isEqualTo("h1");
			assertThat(article.child(1).hasClass("care-card--emergency")).as("the stroke box first on %s", path)
				.isTrue();
		}
		assertThat(fetch(RAMSAY_HUNT).select("h1").text()).isEqualTo("Ramsay Hunt syndrome");
		assertThat(fetch(RAMSAY_HUNT_ES).select("h1").text()).isEqualTo("Síndrome de Ramsay Hunt");
	}

	@Test
	void ramsayHuntGivesEachSignItsLevelTheSameWayInBothLanguages() throws Exception {
		Document english = fetch(RAMSAY_HUNT);
		assertThat(english.selectFirst("article .prose ~ .care-card--call-911").text())
			.contains("even if you have a rash near the ear", "Call 911");
		assertThat(english.selectFirst(".care-card--get-help-today").text()).contains("rash or blisters",
				"cannot hear well in one ear", "the room seems to spin", "your eye will not close");
		assertThat(english.selectFirst(".care-card--see-a-doctor-soon").text()).contains("the pain goes on");
		Document spanish = fetch(RAMSAY_HUNT_ES);
		assertThat(levels(spanish)).isEqualTo(levels(english))
			.containsExactly("call-911", "get-help-today", "see-a-doctor-soon");
		assertThat(spanish.selectFirst(".care-card--get-help-today").text()).contains("no oye bien de un oído",
				"todo le da vueltas");
	}

	@Test
	void ramsayHuntGivesTheThreeDayWindowWithItsSourceAndWhoToKeepAwayFrom() throws Exception {
		Document page = fetch(RAMSAY_HUNT);
		Element window = page.selectFirst("article a:containsOwn(within 3 days)");
		assertThat(window.attr("href")).contains("mayoclinic.org");
		assertThat(page.select(".sources a").eachAttr("href")).contains(window.attr("href"),
				"https://www.cdc.gov/shingles/vaccination.html");
		assertThat(page.select("article").text()).contains("anyone who is pregnant", "newborn babies",
				"never had chickenpox", "whose immune system is weak", "Shingrix");
	}

	@Test
	void synkinesisNamesEveryTreatmentAndKeepsNewSuddenWeaknessAt911() throws Exception {
		Document page = fetch(SYNKINESIS);
		assertThat(page.select("h1").text()).isEqualTo("Synkinesis and long-standing facial paralysis");
		assertThat(page.select(".care-card--emergency")).as("no red stroke box for a long-standing condition")
			.isEmpty();
		assertThat(page.selectFirst(".care-card--call-911").text()).contains("goes weak suddenly");
		assertThat(page.select("article h3").eachText()).contains("Facial retraining", "Botulinum toxin",
				"An eyelid weight", "Selective neurectomy", "Nerve transfer", "Free muscle transfer");
		assertThat(page.select("article img").attr("alt")).contains("the eye has narrowed");
		assertThat(fetch(SYNKINESIS_ES).select("article img").attr("src"))
			.startsWith("/assets/illustrations/es/synkinesis-smile-");
	}

	@Test
	void theNewConditionsAndTheirTreatmentsLinkEachOtherBothWaysInBothLanguages() throws Exception {
		assertThat(relatedLinks(RAMSAY_HUNT)).containsExactlyInAnyOrder("/treatments/antiviral-medications",
				"/treatments/steroid-injections", "/treatments/physical-therapy");
		assertThat(relatedLinks(SYNKINESIS)).containsExactlyInAnyOrder("/treatments/physical-therapy",
				"/treatments/botulinum-toxin-injections");
		assertThat(relatedLinks("/treatments/antiviral-medications")).contains(RAMSAY_HUNT);
		assertThat(relatedLinks("/treatments/steroid-injections")).contains(RAMSAY_HUNT);
		assertThat(relatedLinks("/treatments/physical-therapy")).contains(RAMSAY_HUNT, SYNKINESIS);
		assertThat(relatedLinks("/treatments/botulinum-toxin-injections")).contains(SYNKINESIS);
		assertThat(relatedLinks("/es/tratamientos/fisioterapia")).contains(RAMSAY_HUNT_ES, SYNKINESIS_ES);
		assertThat(relatedLinks(RAMSAY_HUNT_ES)).contains("/es/tratamientos/medicamentos-antivirales");
	}

	@Test
	void theEyePageAnswersAtItsOwnAddressWithItsCardsSourcesAndReviewState() throws Exception {
		SignOffRows.noneYet(this.jdbc, this.watch);
		Document page = fetch(EYE);
		assertThat(page.select("h1").text()).isEqualTo("Protecting your eye when the face is weak");
		assertThat(page.selectFirst(".care-card--call-911").text()).contains("suddenly lose sight");
		assertThat(page.selectFirst(".care-card--get-help-today").text()).contains("your eye hurts", "light hurts");
		assertThat(page.selectFirst(".care-card--information").text()).contains("Never tape an eye that is open");
		assertThat(page.select("main img").attr("src")).startsWith("/assets/illustrations/eye-taping-");
		assertThat(page.select(".sources a[href^=https://]")).hasSize(6);
		assertThat(page.select(".page-review__status").text())
			.startsWith("This page has not yet been checked by one of our clinicians.");
		assertThat(page.select("link[rel=alternate][hreflang=es]").attr("href")).isEqualTo(BASE + EYE_ES);
		assertThat(page.select(".site-header__language a").attr("href")).isEqualTo(EYE_ES);

		Document spanish = fetch(EYE_ES);
		assertThat(spanish.select("html").attr("lang")).isEqualTo("es");
		assertThat(spanish.select("h1").text()).isEqualTo("Cómo proteger su ojo cuando la cara está débil");
		assertThat(levels(spanish)).isEqualTo(levels(page));
		assertThat(spanish.select("main").text()).contains("cinta adhesiva médica (de papel)");
		assertThat(spanish.select("main img").attr("src")).startsWith("/assets/illustrations/es/eye-taping-");
		assertThat(spanish.select(".site-header__language a").attr("href")).isEqualTo(EYE);
	}

	@Test
	void everyPageLeadsToTheEyePageFromItsNavigation() throws Exception {
		for (String path : List.of("/", "/conditions/bells-palsy", RAMSAY_HUNT, SYNKINESIS, "/contact")) {
			assertThat(fetch(path).select("header nav a[href=" + EYE + "]"))
				.as("eye care in the navigation of %s", path)
				.hasSize(1);
		}
		for (String path : List.of("/es/", "/es/afecciones/paralisis-de-bell", RAMSAY_HUNT_ES)) {
			assertThat(fetch(path).select("header nav a[href=" + EYE_ES + "]").text()).as("on %s", path)
				.isEqualTo("Cuidado del ojo");
		}
		assertThat(fetch(RAMSAY_HUNT).select("article a[href=" + EYE + "]")).isNotEmpty();
		assertThat(fetch(SYNKINESIS_ES).select("article a[href=" + EYE_ES + "]")).isNotEmpty();
	}

	@Test
	void theSitemapListsEachNewPageWithItsTwin() throws Exception {
		String sitemap = this.mvc.perform(get("/sitemap.xml"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (String path : List.of(RAMSAY_HUNT, RAMSAY_HUNT_ES, SYNKINESIS, SYNKINESIS_ES, EYE, EYE_ES)) {
			assertThat(sitemap).contains("<loc>" + BASE + path + "</loc>");
		}
		assertThat(sitemap).contains("hreflang=\"es\" href=\"" + BASE + EYE_ES + "\"",
				"hreflang=\"en\" href=\"" + BASE + EYE + "\"",
				"hreflang=\"es\" href=\"" + BASE + RAMSAY_HUNT_ES + "\"");
	}

	@Test
	void theConsultationFormOffersTheNewConditionsAsMainConcerns() throws Exception {
		Element concern = fetch("/consultation").selectFirst("select#concern");
		assertThat(concern.select("option[value=ramsay-hunt-syndrome]").text()).isEqualTo("Ramsay Hunt syndrome");
		assertThat(concern.select("option[value=synkinesis-and-facial-paralysis]").text())
			.isEqualTo("Synkinesis and long-standing facial paralysis");
		Element spanish = fetch("/es/consulta").selectFirst("select#concern");
		assertThat(spanish.select("option[value=ramsay-hunt-syndrome]").text()).isEqualTo("Síndrome de Ramsay Hunt");
	}

	private List<String> levels(Document page) {
		return page.select("main .care-card:not(.care-card--emergency)")
			.stream()
			.map((card) -> card.classNames()
				.stream()
				.filter((name) -> name.startsWith("care-card--"))
				.findFirst()
				.orElseThrow()
				.substring("care-card--".length()))
			.toList();
	}

	private List<String> relatedLinks(String path) throws Exception {
		return fetch(path).select(".related a").eachAttr("href");
	}

	private Document fetch(String path) throws Exception {
		String html = this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html, "http://localhost" + path);
	}

}
