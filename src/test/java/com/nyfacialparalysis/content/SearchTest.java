package com.nyfacialparalysis.content;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.nyfacialparalysis.testsupport.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Search finds pages by the words people use, whatever form they type them in, and
 * answers an empty or odd query kindly.
 */
@SiteTest
class SearchTest {

	@Autowired
	MockMvc mvc;

	@Test
	void findsHemifacialSpasmWhenSomeoneTypesSpasmsInThePlural() throws Exception {
		assertThat(resultLinks("spasms")).first().isEqualTo("/conditions/hemifacial-spasm");
	}

	@Test
	void findsTheBotulinumToxinPageForBotox() throws Exception {
		assertThat(resultLinks("botox")).first().isEqualTo("/treatments/botulinum-toxin-injections");
	}

	@Test
	void findsBellsPalsyByItsName() throws Exception {
		assertThat(resultLinks("bell's palsy")).first().isEqualTo("/conditions/bells-palsy");
	}

	@Test
	void findsEyelidTwitchingUnderStressAndFatigue() throws Exception {
		assertThat(resultLinks("eyelid twitching")).contains("/conditions/stress-and-fatigue");
	}

	@Test
	void findsPagesByTheWordsPeopleSearchWithAsWellAsByTheirOtherNames() throws Exception {
		assertThat(resultLinks("caffeine")).first().isEqualTo("/conditions/stress-and-fatigue");
		assertThat(resultLinks("tardive dyskinesia")).first().isEqualTo("/conditions/other-neurological-disorders");
		assertThat(resultLinks("MVD")).first().isEqualTo("/treatments/microvascular-decompression");
	}

	@Test
	void findsTheFirstVisitPage() throws Exception {
		assertThat(resultLinks("what to bring to my first visit")).contains("/your-visit");
	}

	@Test
	void findsTheCorePatientPagesByTheWordsPeopleUseInBothLanguages() throws Exception {
		assertThat(resultLinks("shingles in the ear")).first().isEqualTo("/conditions/ramsay-hunt-syndrome");
		assertThat(resultLinks("synkinesis")).first().isEqualTo("/conditions/synkinesis-and-facial-paralysis");
		assertThat(resultLinks("eye closes when I smile")).contains("/conditions/synkinesis-and-facial-paralysis");
		assertThat(resultLinks("taping the eye")).first().isEqualTo("/protecting-your-eye");
		assertThat(spanishResultLinks("culebrilla")).contains("/es/afecciones/sindrome-de-ramsay-hunt");
		assertThat(spanishResultLinks("sincinesia")).contains("/es/afecciones/sincinesia-y-paralisis-facial");
		assertThat(spanishResultLinks("ojo seco")).contains("/es/proteger-su-ojo");
	}

	@Test
	void showsTheQueryAsTextNeverAsMarkup() throws Exception {
		String html = page("<script>alert(1)</script>").html();
		assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
	}

	@Test
	void answersAnEmptyQueryWithAPromptAndNoError() throws Exception {
		Document page = page("");
		assertThat(page.select("main").text()).contains("Type a word or two");
		assertThat(page.select(".results")).isEmpty();
	}

	@Test
	void answersJunkWithAKindNoResultsMessage() throws Exception {
		for (String junk : List.of("%%%", "\"", "AND OR NOT", "*:*", "(((", "zzzxqj", "a".repeat(5000), "~/\\[]{}^")) {
			Document page = page(junk);
			assertThat(page.select("main").text()).as("query %s", junk.length() > 20 ? junk.substring(0, 20) : junk)
				.contains("Try a shorter or simpler word");
		}
	}

	@Test
	void searchResultPagesAreKeptOutOfSearchEngines() throws Exception {
		assertThat(page("twitch").select("meta[name=robots]").attr("content")).isEqualTo("noindex");
	}

	private List<String> resultLinks(String query) throws Exception {
		return page(query).select(".results a").eachAttr("href");
	}

	private List<String> spanishResultLinks(String query) throws Exception {
		String html = this.mvc.perform(get("/es/buscar").param("q", query))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html).select(".results a").eachAttr("href");
	}

	private Document page(String query) throws Exception {
		String html = this.mvc.perform(get("/search").param("q", query))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

}
