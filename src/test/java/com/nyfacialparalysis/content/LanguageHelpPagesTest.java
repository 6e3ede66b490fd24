package com.nyfacialparalysis.content;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.nyfacialparalysis.clinic.ClinicProperties;
import com.nyfacialparalysis.system.EnglishPages;
import com.nyfacialparalysis.system.SpanishPages;
import com.nyfacialparalysis.testsupport.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The Language help page and the notice of nondiscrimination, in English and Spanish:
 * each line of free language help in its own language, script and direction, with the
 * clinic's number; both pages linked from every page's footer, the language help from the
 * home page; and both known to the sitemap, the search and the language link.
 */
@SiteTest
class LanguageHelpPagesTest {

	/**
	 * The languages of HHS's top 15 for New York State whose taglines were confirmed, and
	 * a few words each line must hold in its own script.
	 */
	private static final Map<String, String> CONFIRMED = Map.of("es", "servicios gratuitos", "zh-Hant", "免費獲得語言援助服務",
			"ru", "бесплатные услуги перевода", "ht", "gen sèvis èd pou lang", "ko", "언어 지원 서비스를 무료로", "it",
			"servizi di assistenza linguistica gratuiti", "pl", "bezpłatnej pomocy językowej", "fr",
			"services d'aide linguistique", "ur", "زبان کی مدد کی خدمات مفت", "tl", "serbisyo ng tulong sa wika");

	@Autowired
	MockMvc mvc;

	@Autowired
	ClinicProperties clinic;

	@Test
	void theLanguageHelpPageSaysItInEachConfirmedLanguageMarkedWithItsLang() throws Exception {
		for (String path : List.of("/language-help", "/es/ayuda-con-el-idioma")) {
			Document page = page(path);
			List<Element> lines = page.select(".taglines__list > li");
			assertThat(lines).extracting((line) -> line.attr("lang"))
				.as(path)
				.containsExactlyInAnyOrderElementsOf(CONFIRMED.keySet());
			for (Element line : lines) {
				String lang = line.attr("lang");
				assertThat(line.text()).as(lang).contains(CONFIRMED.get(lang), "711");
				assertThat(line.select("a[href^=tel:]").attr("href")).isEqualTo(this.clinic.mainPhone().tel());
				assertThat(line.select("a[href^=tel:]").attr("dir")).as("the number reads left to right")
					.isEqualTo("ltr");
				assertThat(line.hasAttr("dir")).as("%s right to left", lang).isEqualTo(lang.equals("ur"));
			}
			assertThat(page.select(".taglines__list > li[lang=ur]").attr("dir")).isEqualTo("rtl");
			assertThat(page.select(".taglines__list").text()).as("no guessed translation")
				.doesNotContain("[[phone]]")
				.doesNotContainPattern("[\\u0980-\\u09FF]")
				.doesNotContainPattern("[\\u0370-\\u03FF]");
			assertThat(page.select(".language-help__call a").attr("href")).isEqualTo(this.clinic.mainPhone().tel());
		}
		Document english = page("/language-help");
		assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(english.select("h1").text()).isEqualTo("Language help");
		assertThat(english.select("main").text()).contains("free of charge", "never a child", "dial 711");
		assertThat(english.select("link[rel=alternate][hreflang=es]").attr("href")).endsWith("/es/ayuda-con-el-idioma");
		Document spanish = page("/es/ayuda-con-el-idioma");
		assertThat(spanish.selectFirst("html").attr("lang")).isEqualTo("es");
		assertThat(spanish.select("h1").text()).isEqualTo("Ayuda con el idioma");
		assertThat(spanish.select("link[rel=alternate][hreflang=en]").attr("href")).endsWith("/language-help");
	}

	@Test
	void theNoticeOfNondiscriminationSaysHowToComplainInBothLanguages() throws Exception {
		Document english = page("/nondiscrimination");
		assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(english.select("h1").text()).isEqualTo("Notice of nondiscrimination");
		assertThat(english.select("main h2").eachText()).contains("We do not discriminate", "Free help we give",
				"If you think we treated you unfairly");
		assertThat(english.select("main").text()).contains("race, color, national origin, age, disability or sex");
		assertThat(english.select("main a[href=https://ocrportal.hhs.gov/ocr/portal/lobby.jsf]")).isNotEmpty();
		assertThat(english.select("main li").eachText())
			.anySatisfy((item) -> assertThat(item).contains("1-800-368-1019", "1-800-537-7697 for TDD"));
		assertThat(english.select("main a[href=/language-help]")).isNotEmpty();
		assertThat(english.select("link[rel=alternate][hreflang=es]").attr("href"))
			.endsWith("/es/aviso-de-no-discriminacion");
		Document spanish = page("/es/aviso-de-no-discriminacion");
		assertThat(spanish.selectFirst("html").attr("lang")).isEqualTo("es");
		assertThat(spanish.select("h1").text()).isEqualTo("Aviso de no discriminación");
		assertThat(spanish.select("main").text()).contains("raza, color, nacionalidad, edad, discapacidad o sexo");
		assertThat(spanish.select("main a[href=/es/ayuda-con-el-idioma]")).isNotEmpty();
		assertThat(spanish.select("link[rel=alternate][hreflang=en]").attr("href")).endsWith("/nondiscrimination");
	}

	@Test
	void everyPageLinksToBothFromItsFooterInItsLanguage() throws Exception {
		int checked = 0;
		for (String path : EnglishPages.ALL) {
			Element footer = page(path).selectFirst("footer");
			if (footer == null) {
				// An error page, which MockMvc does not render (ValidHtmlTest reads
				// those).
				continue;
			}
			assertThat(footer.select("a[href=/language-help]").text()).as(path)
				.isEqualTo("Language help: free interpreters");
			assertThat(footer.select("a[href=/nondiscrimination]").text()).as(path)
				.isEqualTo("Notice of nondiscrimination");
			checked++;
		}
		for (String path : SpanishPages.ALL) {
			Element footer = page(path).selectFirst("footer");
			if (footer == null) {
				continue;
			}
			assertThat(footer.select("a[href=/es/ayuda-con-el-idioma]").text()).as(path)
				.isEqualTo("Ayuda con el idioma: intérpretes gratis");
			assertThat(footer.select("a[href=/es/aviso-de-no-discriminacion]").text()).as(path)
				.isEqualTo("Aviso de no discriminación");
			checked++;
		}
		assertThat(checked).as("every page but the errors")
			.isGreaterThanOrEqualTo(EnglishPages.ALL.size() + SpanishPages.ALL.size() - 4);
		assertThat(page("/").select("main a[href=/language-help]").text()).isEqualTo("Language help");
		assertThat(page("/es/").select("main a[href=/es/ayuda-con-el-idioma]").text()).isEqualTo("Ayuda con el idioma");
	}

	@Test
	void theSitemapAndTheSearchKnowBothPages() throws Exception {
		String sitemap = this.mvc.perform(get("/sitemap.xml"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(sitemap).contains("/language-help</loc>", "/es/ayuda-con-el-idioma</loc>",
				"/nondiscrimination</loc>", "/es/aviso-de-no-discriminacion</loc>");
		assertThat(page("/search?q=interpreter").select(".results a").eachAttr("href")).contains("/language-help");
		assertThat(page("/es/buscar?q=intérprete").select(".results a").eachAttr("href"))
			.contains("/es/ayuda-con-el-idioma");
		assertThat(page("/search?q=discrimination").select(".results a").eachAttr("href"))
			.contains("/nondiscrimination");
	}

	@Test
	void aTaglineFileThatIsNotRightStopsTheStart() {
		ClinicProperties.Phone phone = this.clinic.mainPhone();
		assertThat(Taglines.read("# a comment\nko | 한국어 | 주의: [[phone]] (TTY: 711)\n", phone)).singleElement()
			.satisfies((line) -> assertThat(line.before()).isEqualTo("주의: "));
		assertThatExceptionOfType(ContentFileException.class)
			.isThrownBy(() -> Taglines.read("ko | 한국어 | 주의: no number\n", phone));
		assertThatExceptionOfType(ContentFileException.class)
			.isThrownBy(() -> Taglines.read("Korean | 한국어 | 주의: [[phone]]\n", phone));
		assertThatExceptionOfType(ContentFileException.class)
			.isThrownBy(() -> Taglines.read("ko | 한국어 | [[phone]]\nko | 한국어 | [[phone]]\n", phone));
	}

	private Document page(String path) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
