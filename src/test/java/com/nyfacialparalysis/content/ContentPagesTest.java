package com.nyfacialparalysis.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.nyfacialparalysis.content.review.SignOffRows;
import com.nyfacialparalysis.content.review.SignOffWatch;
import com.nyfacialparalysis.testsupport.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every public address answers with a complete page: its own title and description, a
 * canonical link, Open Graph tags, structured data, the clinic's phone numbers as links,
 * and the way to a consultation.
 */
@SiteTest
class ContentPagesTest {

	static final List<String> PUBLIC_PAGES = List.of("/", "/conditions", "/conditions/hemifacial-spasm",
			"/conditions/bells-palsy", "/conditions/ramsay-hunt-syndrome",
			"/conditions/synkinesis-and-facial-paralysis", "/conditions/multiple-sclerosis",
			"/conditions/tourette-syndrome", "/conditions/stress-and-fatigue",
			"/conditions/other-neurological-disorders", "/treatments", "/treatments/botulinum-toxin-injections",
			"/treatments/antiviral-medications", "/treatments/physical-therapy", "/treatments/steroid-injections",
			"/treatments/microvascular-decompression", "/contact", "/consultation", "/search", "/privacy",
			"/accessibility", "/your-visit", "/protecting-your-eye");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SignOffWatch watch;

	@Test
	void everyPublicPageHasItsOwnTitleDescriptionAndCanonicalLink() throws Exception {
		Set<String> titles = new HashSet<>();
		Set<String> descriptions = new HashSet<>();
		for (String path : PUBLIC_PAGES) {
			Document page = fetch(path);
			String title = page.title();
			assertThat(title).as("title of %s", path).endsWith("| New York Facial Paralysis");
			assertThat(titles.add(title)).as("title of %s is unique: %s", path, title).isTrue();
			String description = page.select("meta[name=description]").attr("content");
			assertThat(description).as("description of %s", path).isNotBlank();
			assertThat(descriptions.add(description)).as("description of %s is unique", path).isTrue();
			assertThat(page.select("link[rel=canonical]").attr("href"))
				.isEqualTo("https://www.example-clinic.test" + path);
			assertThat(page.select("meta[property=og:title]").attr("content")).isNotBlank();
			assertThat(page.select("meta[property=og:url]").attr("content"))
				.isEqualTo("https://www.example-clinic.test" + path);
			assertThat(page.select("h1")).as("one h1 on %s", path).hasSize(1);
			assertThat(page.select("main#main")).hasSize(1);
			assertThat(page.select("a.skip-link[href=#main]")).hasSize(1);
			assertThat(page.select("a[href=/consultation]")).as("%s links to the consultation form", path).isNotEmpty();
			assertThat(page.select("a[href=tel:+12124344050]")).as("%s shows the main phone as a link", path)
				.isNotEmpty();
			assertThat(page.select("html").attr("lang")).isEqualTo("en");
			assertThat(page.select("script:not([src]):not([type=application/ld+json])"))
				.as("no inline script on %s", path)
				.isEmpty();
			assertThat(page.select("[style], style")).as("no inline style on %s", path).isEmpty();
		}
	}

	@Test
	void everyPhoneNumberOnTheSiteIsALink() throws Exception {
		for (String path : PUBLIC_PAGES) {
			Document page = fetch(path);
			page.select("a[href^=tel:]").remove();
			assertThat(page.body().text()).as("phone numbers outside links on %s", path)
				.doesNotContain("434-4050")
				.doesNotContain("371-3223");
		}
	}

	@Test
	void theCrisisLineIsALinkThatReachesThePhoneInBothLanguages() throws Exception {
		for (String path : List.of("/conditions/bells-palsy", "/conditions/multiple-sclerosis",
				"/conditions/tourette-syndrome", "/es/afecciones/esclerosis-multiple")) {
			assertThat(fetch(path).select("main a[href=tel:988]")).as("call or text 988 on %s", path).isNotEmpty();
		}
	}

	@Test
	void theFooterCarriesTheClinicsDetailsWithTimeZone() throws Exception {
		Element footer = fetch("/conditions").selectFirst("footer");
		assertThat(footer.text()).contains("New York Facial Paralysis", "Grand Park Building",
				"110 East 40 Street, Suite 501", "New York, NY 10016", "Manhattan Eye, Ear, and Throat Hospital",
				"(212) 434-4050", "(212) 371-3223", "(212) 37-FACE", "Fax (212) 434-4059",
				"Monday to Friday, 8:30 AM to 5:00 PM (Eastern Time)");
		assertThat(footer.select("a[href=tel:+12123713223]")).hasSize(1);
	}

	@Test
	void theContactPageGivesEverythingNeededToReachTheClinic() throws Exception {
		Document page = fetch("/contact");
		assertThat(page.select("main").text()).contains("Grand Park Building", "Suite 501", "(212) 434-4059",
				"Monday to Friday, 8:30 AM to 5:00 PM (Eastern Time)", "Grand Central", "911");
		assertThat(page.select("main a[href=tel:+12124344050]")).isNotEmpty();
		assertThat(page.select("main a[href^=mailto:]")).as("no email shown when none is configured").isEmpty();
		assertThat(jsonLd(page)).contains("\"@type\":\"MedicalClinic\"", "\"postalCode\":\"10016\"");
	}

	@Test
	void theHomePageStartsFromTheReadersQuestionWithUrgentSignsFirst() throws Exception {
		Document page = fetch("/");
		assertThat(page.select("h1").text()).isEqualTo("Why is my face twitching?");
		Element main = page.selectFirst("main");
		Element firstSection = main.children().get(1);
		assertThat(firstSection.hasClass("care-card--emergency")).as("emergency advice right after the heading")
			.isTrue();
		assertThat(firstSection.text()).contains("Call 911");
		assertThat(main.select(".card a")).extracting((a) -> a.attr("href"))
			.contains("/conditions/hemifacial-spasm", "/conditions/bells-palsy",
					"/treatments/botulinum-toxin-injections");
		assertThat(jsonLd(page)).contains("\"@type\":\"MedicalClinic\"");
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "/conditions/hemifacial-spasm", "/conditions/bells-palsy", "/treatments/physical-therapy" })
	void aMedicalPageShowsItsReviewStateSourcesAndTheNotADiagnosisNotice(String path) throws Exception {
		// A page no clinician has signed off (tests of the desk sign pages off in this
		// same application).
		SignOffRows.noneYet(this.jdbc, this.watch);
		Document page = fetch(path);
		Element review = page.selectFirst(".page-review");
		assertThat(review.text()).contains("not a diagnosis",
				"This page has not yet been checked by one of our clinicians.");
		assertThat(page.select(".sources a[href^=https://]")).isNotEmpty();
		assertThat(jsonLd(page)).contains("\"@type\":\"MedicalWebPage\"");
		assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo("article");
	}

	@Test
	void bellsPalsySaysCall911BeforeAnythingElse() throws Exception {
		Element article = fetch("/conditions/bells-palsy").selectFirst("article");
		assertThat(article.child(0).tagName()).isEqualTo("h1");
		assertThat(article.child(1).hasClass("care-card--emergency")).isTrue();
		assertThat(article.child(1).select("a[href=tel:911]")).hasSize(1);
	}

	/**
	 * The 72-hour window: one set of words, the form's, on the home page, the first visit
	 * and Bell's palsy, in English and Spanish.
	 */
	@Test
	void theHomePageFirstVisitAndBellsPalsySayTheFormsWordsAbout72Hours() throws Exception {
		String english = fetch("/consultation").selectFirst(".care-card--within-72-hours").text();
		String spanish = fetch("/es/consulta").selectFirst(".care-card--within-72-hours").text();
		assertThat(english).contains("Do not wait for a call back from us", "72 hours");
		assertThat(spanish).contains("No espere a que le devolvamos la llamada", "72 horas");
		for (String path : List.of("/", "/your-visit", "/conditions/bells-palsy")) {
			Document page = fetch(path);
			assertThat(page.select("main .care-card--within-72-hours")).as(path).hasSize(1);
			assertThat(page.selectFirst("main .care-card--within-72-hours").text()).as(path).isEqualTo(english);
			assertThat(page.select("main .care-card--within-72-hours a[href=https://doi.org/10.1177/0194599813505967]"))
				.as(path + " links the source of 72 hours")
				.hasSize(1);
		}
		for (String path : List.of("/es/", "/es/su-visita", "/es/afecciones/paralisis-de-bell")) {
			assertThat(fetch(path).select("main .care-card--within-72-hours").text()).as(path).isEqualTo(spanish);
		}
	}

	@Test
	void aConditionPageDescribesItselfAsAMedicalCondition() throws Exception {
		assertThat(jsonLd(fetch("/conditions/hemifacial-spasm"))).contains("\"@type\":\"MedicalCondition\"");
	}

	@Test
	void conditionsAndTreatmentsLinkEachOtherBothWays() throws Exception {
		assertThat(relatedLinks("/conditions/hemifacial-spasm")).contains("/treatments/botulinum-toxin-injections",
				"/treatments/microvascular-decompression");
		assertThat(relatedLinks("/conditions/bells-palsy")).contains("/treatments/antiviral-medications",
				"/treatments/steroid-injections", "/treatments/physical-therapy");
		assertThat(relatedLinks("/treatments/botulinum-toxin-injections")).contains("/conditions/hemifacial-spasm");
		assertThat(relatedLinks("/treatments/microvascular-decompression")).contains("/conditions/hemifacial-spasm");
		for (String treatment : List.of("antiviral-medications", "steroid-injections", "physical-therapy")) {
			assertThat(relatedLinks("/treatments/" + treatment)).contains("/conditions/bells-palsy");
		}
	}

	@Test
	void theTreatmentsPageHasATableOfWhichTreatmentIsUsedForWhichCondition() throws Exception {
		Element table = fetch("/treatments").selectFirst("table");
		assertThat(table.selectFirst("caption").text()).isEqualTo("Which treatment is used for which condition");
		Element mvdRow = table.select("tbody tr")
			.stream()
			.filter((row) -> row.selectFirst("th").text().toLowerCase().contains("microvascular"))
			.findFirst()
			.orElseThrow();
		assertThat(mvdRow.select("td a")).extracting((a) -> a.attr("href"))
			.containsExactly("/conditions/hemifacial-spasm");
	}

	@Test
	void everyIllustrationHasATextAlternativeACaptionAndAFingerprintedAddress() throws Exception {
		List<String> seen = new ArrayList<>();
		for (String path : PUBLIC_PAGES) {
			for (Element img : fetch(path).select("main img")) {
				seen.add(img.attr("src"));
				assertThat(img.attr("alt")).as("alt text of %s on %s", img.attr("src"), path).hasSizeGreaterThan(20);
				assertThat(img.attr("src")).as("address of an illustration on %s", path)
					.matches("/assets/illustrations/[a-z-]+-[0-9a-f]{32}\\.svg");
				assertThat(img.attr("width")).isNotBlank();
				assertThat(img.attr("height")).isNotBlank();
				Element figure = img.parent();
				assertThat(figure.tagName()).isEqualTo("figure");
				assertThat(figure.select("figcaption").text()).as("caption of %s on %s", img.attr("src"), path)
					.isNotBlank();
			}
		}
		assertThat(seen).as("every drawing is shown somewhere")
			.anyMatch((src) -> src.startsWith("/assets/illustrations/be-fast-"))
			.anyMatch((src) -> src.startsWith("/assets/illustrations/facial-nerve-"))
			.anyMatch((src) -> src.startsWith("/assets/illustrations/hemifacial-spasm-spread-"))
			.anyMatch((src) -> src.startsWith("/assets/illustrations/vessel-and-pad-"));
	}

	@Test
	void theStrokeBoxGivesEveryBeFastSignAndSaysWhatToDo() throws Exception {
		Element box = fetch("/").selectFirst(".care-card--emergency");
		assertThat(box.select(".care-card__signs li")).extracting(Element::text)
			.anySatisfy((sign) -> assertThat(sign).startsWith("Balance:").contains("loss of balance"))
			.anySatisfy((sign) -> assertThat(sign).startsWith("Eyes:").contains("trouble seeing"))
			.anySatisfy((sign) -> assertThat(sign).startsWith("Face:"))
			.anySatisfy((sign) -> assertThat(sign).startsWith("Arms:"))
			.anySatisfy((sign) -> assertThat(sign).startsWith("Speech:"))
			.anySatisfy((sign) -> assertThat(sign).startsWith("Time:").contains("note the time the signs started"));
		assertThat(box.text()).contains("do not drive yourself to the hospital");
		assertThat(box.select("a[href=tel:911]")).hasSize(1);
		assertThat(box.select("img").attr("alt")).contains("signs of a stroke");
	}

	@Test
	void careCardsShowEachLevelTheSameWay() throws Exception {
		Document page = fetch("/conditions/bells-palsy");
		Element emergency = page.selectFirst("article .prose ~ .care-card--call-911");
		assertThat(emergency.selectFirst("h3").text()).isEqualTo("Emergency advice: Call 911 now if:");
		assertThat(emergency.select("a[href=tel:911]")).hasSize(1);
		assertThat(emergency.text()).contains("do not drive yourself");
		Element today = page.selectFirst(".care-card--get-help-today:not(.care-card--within-72-hours)");
		assertThat(today.selectFirst("h3").text()).isEqualTo("Urgent advice: Get help today if:");
		assertThat(today.text()).contains("Ramsay Hunt", "urgent care center or an emergency department");
		assertThat(today.select("a[href=tel:+12124344050]")).hasSize(1);
		Element soon = page.selectFirst(".care-card--see-a-doctor-soon");
		assertThat(soon.selectFirst("h3").text())
			.isEqualTo("Non-urgent advice: See a doctor soon, within about 2 weeks, if:");
		assertThat(soon.select("a[href=/consultation]")).hasSize(1);
	}

	@Test
	void noPageCallsWeaknessOrNumbnessNotAnEmergency() throws Exception {
		for (String path : PUBLIC_PAGES) {
			assertThat(fetch(path).select("main").text()).as("text of %s", path)
				.doesNotContainIgnoringCase("not an emergency");
		}
	}

	@Test
	void structuredDataNamesOnlyTrueOtherNamesNotSearchWords() throws Exception {
		String stress = jsonLd(fetch("/conditions/stress-and-fatigue"));
		String about = stress.substring(stress.indexOf("\"about\""));
		assertThat(about).contains("\"alternateName\":[\"eyelid myokymia\",\"eyelid twitch\"]")
			.doesNotContain("caffeine", "tiredness");
		assertThat(jsonLd(fetch("/treatments/botulinum-toxin-injections"))).contains("Botox");
	}

	@Test
	void everyConditionSaysWhatHappensNextAndHowToLiveWithIt() throws Exception {
		for (String path : PUBLIC_PAGES) {
			if (path.startsWith("/conditions/")) {
				assertThat(fetch(path).select("article h2")).extracting(Element::text)
					.as("sections of %s", path)
					.contains("When to get help", "What happens next", "Living with it");
			}
		}
	}

	@Test
	void theFirstVisitPageSaysWhatHappensWhatToBringAndHowToGetThere() throws Exception {
		Document page = fetch("/your-visit");
		assertThat(page.select("h1").text()).isEqualTo("Your first visit");
		assertThat(page.select("main").text()).contains("A list of all your medicines", "A video of the twitch",
				"Earlier scans and reports", "Questions worth asking", "Grand Park Building",
				"110 East 40 Street, Suite 501", "Grand Central");
		assertThat(page.select("main .care-card--call-911")).hasSize(1);
		assertThat(fetch("/").select("main a[href=/your-visit]")).isNotEmpty();
	}

	private List<String> relatedLinks(String path) throws Exception {
		return fetch(path).select(".related a").eachAttr("href");
	}

	private Document fetch(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString(), "http://localhost" + path);
	}

	private static String jsonLd(Document page) {
		return page.select("script[type=application/ld+json]").html();
	}

}
