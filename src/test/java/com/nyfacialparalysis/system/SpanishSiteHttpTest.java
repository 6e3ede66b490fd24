package com.nyfacialparalysis.system;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.nyfacialparalysis.clinic.ClinicProperties;
import com.nyfacialparalysis.content.ContentLibrary;
import com.nyfacialparalysis.content.ContentPage;
import com.nyfacialparalysis.system.pagecache.PageCache;
import com.nyfacialparalysis.system.site.Language;
import com.nyfacialparalysis.system.site.SitePage;
import com.nyfacialparalysis.testsupport.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Spanish site over real HTTP, as a Spanish-speaking reader and a search engine meet
 * it: Spanish addresses in Spanish, every page paired with its twin by hreflang both
 * ways, a language link on every page, Spanish error pages under {@code /es/}, Spanish
 * search, and the English home page's notice for a browser that asks for Spanish first,
 * which never leaks into the page-cache copy other readers get.
 */
@SiteTest
class SpanishSiteHttpTest {

	static final List<String> SPANISH_PAGES = SpanishPages.ALL;

	private static final String NOTICE = ".language-notice";

	@LocalServerPort
	int port;

	@Autowired
	ContentLibrary library;

	@Autowired
	ClinicProperties clinic;

	@Autowired
	MeterRegistry metrics;

	@Autowired
	PageCache pageCache;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeEach
	void forgetKeptPages() {
		this.pageCache.forgetAll();
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("SPANISH_PAGES")
	void everySpanishAddressAnswersInSpanish(String path) throws Exception {
		HttpResponse<String> response = get(path);
		boolean missing = path.contains("no-existe");
		assertThat(response.statusCode()).as(path).isEqualTo(missing ? 404 : 200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.selectFirst("html").attr("lang")).as("lang of %s", path).isEqualTo("es");
		Element link = page.selectFirst(".site-header__language a");
		assertThat(link).as("language link on %s", path).isNotNull();
		assertThat(link.text()).isEqualTo("English");
		assertThat(link.attr("lang")).isEqualTo("en");
		page.select(".site-header__language").remove();
		assertThat(page.select("a[href^=/conditions], a[href^=/treatments], a[href=/consultation]"))
			.as("links on %s that lead out of Spanish", path)
			.isEmpty();
	}

	/**
	 * A drawing's words are part of the page: on a Spanish page every drawing, the BE
	 * FAST signs of the emergency card included, is the Spanish one, and says so itself.
	 */
	@Test
	void everyDrawingOnASpanishPageHasItsWordsInSpanish() throws Exception {
		List<String> drawings = new ArrayList<>();
		for (String path : SPANISH_PAGES) {
			for (Element image : Jsoup.parse(get(path).body()).select("main img[src$=.svg]")) {
				String src = image.attr("src");
				assertThat(src).as("drawing on %s", path).startsWith("/assets/illustrations/es/");
				drawings.add(src);
			}
		}
		assertThat(drawings).anyMatch((src) -> src.contains("/be-fast"))
			.anyMatch((src) -> src.contains("/facial-nerve"))
			.anyMatch((src) -> src.contains("/vessel-and-pad"))
			.anyMatch((src) -> src.contains("/hemifacial-spasm-spread"));
		for (String src : drawings.stream().distinct().toList()) {
			HttpResponse<String> drawing = get(src);
			assertThat(drawing.statusCode()).as(src).isEqualTo(200);
			assertThat(drawing.body()).as(src).contains(" lang=\"es\"").doesNotContain(">Facial nerve<", ">Balance<");
		}
		List<String> english = Jsoup.parse(get("/conditions/bells-palsy").body()).select("main img").eachAttr("src");
		assertThat(english).isNotEmpty().noneMatch((src) -> src.contains("/illustrations/es/"));
	}

	/**
	 * The red stroke card teaches a Spanish reader the American Stroke Association's
	 * Spanish signs, R.Á.P.I.D.O. (2023), in their order and in "usted", never the
	 * English letters of BE FAST over Spanish words; its drawing shows the same letters.
	 */
	@Test
	void theSpanishStrokeCardTeachesRapidoNotBeFast() throws Exception {
		Element card = Jsoup.parse(get("/es/").body()).selectFirst(".care-card--emergency");
		assertThat(card.select(".care-card__signs li strong")).extracting(Element::text)
			.containsExactly("R, rostro caído:", "Á, alteración del equilibrio:", "P, pérdida de fuerza en el brazo:",
					"I, impedimento visual repentino:", "D, dificultad para hablar:", "O, obtenga ayuda:");
		assertThat(card.text()).contains("R.Á.P.I.D.O.", "llame al 911")
			.doesNotContain("BE FAST", "Balance", "Speech", "Time");
		HttpResponse<String> drawing = get(card.selectFirst("img").attr("src"));
		assertThat(drawing.body()).contains(">R<", ">Á<", ">P<", ">I<", ">D<", ">O<", ">Rostro caído<")
			.doesNotContain("BE FAST", ">B<", ">E<", ">F<");
	}

	@Test
	void theSpanishAddressesAreInSpanishWords() throws Exception {
		Document home = Jsoup.parse(get("/es/").body());
		assertThat(home.select("nav a").eachAttr("href")).contains("/es/afecciones", "/es/tratamientos", "/es/contacto",
				"/es/consulta");
		assertThat(home.select("form[role=search]").attr("action")).isEqualTo("/es/buscar");
		assertThat(home.select("h1").text()).isEqualTo("¿Por qué me tiembla la cara?");
		assertThat(get("/es").statusCode()).as("/es leads to /es/").isEqualTo(301);
		assertThat(get("/conditions/paralisis-de-bell").statusCode()).as("a Spanish slug at an English address")
			.isEqualTo(404);
		assertThat(get("/es/afecciones/bells-palsy").statusCode()).as("an English slug at a Spanish address")
			.isEqualTo(404);
	}

	/**
	 * Every page that exists in both languages names both, and the English one as the
	 * default, with absolute addresses; its twin names the same three; and the language
	 * link leads to the twin.
	 */
	@Test
	void everyPageAndItsTwinNameEachOtherWithHreflang() throws Exception {
		Map<String, String> pairs = new LinkedHashMap<>();
		for (ContentPage page : this.library.all()) {
			ContentPage twin = this.library.translation(page)
				.orElseThrow(() -> new AssertionError(
						"no Spanish page translates " + page.key() + " (every public page has a Spanish twin)"));
			pairs.put(page.path(), twin.path());
		}
		for (SitePage page : SitePage.values()) {
			String english = page.path(Language.ENGLISH);
			if (page.listed() == SitePage.Listed.FIXED || page == SitePage.SEARCH) {
				pairs.put(english, page.path(Language.SPANISH));
			}
		}
		assertThat(pairs).hasSizeGreaterThanOrEqualTo(20);
		String base = this.clinic.baseUrl();
		List<String> problems = new ArrayList<>();
		pairs.forEach((english, spanish) -> {
			try {
				Map<String, String> expected = Map.of("en", base + english, "es", base + spanish, "x-default",
						base + english);
				for (String path : List.of(english, spanish)) {
					Document page = Jsoup.parse(get(path).body());
					Map<String, String> alternates = new LinkedHashMap<>();
					page.select("link[rel=alternate][hreflang]")
						.forEach((link) -> alternates.put(link.attr("hreflang"), link.attr("href")));
					if (!alternates.equals(expected)) {
						problems.add(path + " names " + alternates + ", expected " + expected);
					}
					String other = path.equals(english) ? spanish : english;
					String link = page.select(".site-header__language a").attr("href");
					if (!link.equals(other)) {
						problems.add(path + ": language link leads to '" + link + "', not " + other);
					}
				}
			}
			catch (IOException | InterruptedException ex) {
				problems.add(english + ": " + ex);
			}
		});
		assertThat(problems).isEmpty();
	}

	@Test
	void theSitemapListsBothLanguagesWithTheirAlternates() throws Exception {
		String sitemap = get("/sitemap.xml").body();
		String base = this.clinic.baseUrl();
		assertThat(sitemap).contains("<loc>" + base + "/es/afecciones/paralisis-de-bell</loc>",
				"<loc>" + base + "/conditions/bells-palsy</loc>", "<loc>" + base + "/es/</loc>",
				"<loc>" + base + "/es/consulta</loc>",
				"hreflang=\"es\" href=\"" + base + "/es/afecciones/paralisis-de-bell\"",
				"hreflang=\"en\" href=\"" + base + "/conditions/bells-palsy\"");
		Document xml = Jsoup.parse(sitemap, "", Parser.xmlParser());
		for (Element url : xml.select("url")) {
			assertThat(url.select("xhtml|link")).as(url.selectFirst("loc").text()).hasSize(3);
		}
		assertThat(get("/robots.txt").body()).contains("Disallow: /es/buscar\n", "Disallow: /es/consulta/\n",
				"Disallow: /search\n", "Disallow: /consultation/\n", "Disallow: /staff/\n");
	}

	@Test
	void factsWithWordsInThemAreWrittenInSpanish() throws Exception {
		assertThat(Jsoup.parse(get("/es/privacidad").body()).select("main").text())
			.as("the configured retention period, in Spanish")
			.contains("la borramos 2 años después de cerrarla");
		assertThat(Jsoup.parse(get("/privacy").body()).select("main").text()).contains("we delete it 2 years after");
		String hours = Jsoup.parse(get("/es/contacto").body()).select(".site-footer").text();
		assertThat(hours).contains("lunes", "viernes").doesNotContain("Monday", "Friday");
	}

	@Test
	void aSpanishReaderTellsUsWhetherAPageHelpedAndIsThankedInSpanish() throws Exception {
		String path = "/es/afecciones/paralisis-de-bell";
		Document page = Jsoup.parse(get(path).body());
		Element form = page.selectFirst("form.feedback__form");
		assertThat(form.attr("action")).isEqualTo("/es/opinion");
		HttpResponse<String> sent = this.http.send(HttpRequest.newBuilder(uri("/es/opinion"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Origin", "http://localhost:" + this.port)
			.POST(HttpRequest.BodyPublishers
				.ofString("page=" + URLEncoder.encode(form.select("input[name=page]").val(), StandardCharsets.UTF_8)
						+ "&helpful=yes"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(sent.statusCode()).isEqualTo(303);
		String thanks = sent.headers().firstValue("Location").orElseThrow();
		assertThat(thanks).contains("/es/opinion/thanks");
		Document thanksPage = Jsoup.parse(get(thanks.replaceFirst("^https?://[^/]+", "")).body());
		assertThat(thanksPage.selectFirst("html").attr("lang")).isEqualTo("es");
		assertThat(thanksPage.select("main a").eachAttr("href")).contains(path);
		String english = thanksPage.select(".site-header__language a").attr("href");
		assertThat(english).as("the same thanks in English").startsWith("/feedback/thanks?page=");
		Document englishThanks = Jsoup.parse(get(english).body());
		assertThat(englishThanks.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(englishThanks.select("main a").eachAttr("href")).contains("/conditions/bells-palsy");
	}

	@Test
	void aMissingSpanishPageIsAnsweredInSpanish() throws Exception {
		HttpResponse<String> spanish = get("/es/no-existe");
		assertThat(spanish.statusCode()).isEqualTo(404);
		Document page = Jsoup.parse(spanish.body());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("es");
		assertThat(page.select("main a").eachAttr("href")).contains("/es/", "/es/afecciones");
		assertThat(page.select(".site-header__language a").attr("href"))
			.as("a missing page has no twin: the English home page")
			.isEqualTo("/");
		Document english = Jsoup.parse(get("/no-such-page").body());
		assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(english.select(".site-header__language a").attr("href")).isEqualTo("/es/");
		assertThat(page.select("h1").text()).isNotEqualTo(english.select("h1").text());
	}

	@Test
	void aFormTooLargeForTheSpanishAddressIsRefusedInSpanish() throws Exception {
		String body = "fullName=" + "x".repeat(70_000);
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri("/es/consulta"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		Document page = Jsoup.parse(response.body());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("es");
		assertThat(page.select("main a").eachAttr("href")).contains("/es/consulta");
		assertThat(page.select(".site-header__language a").attr("href")).as("the same form in English")
			.isEqualTo("/consultation");
	}

	@Test
	void aBrokenSpanishPageGetsTheSpanishErrorPage() throws Exception {
		HttpResponse<String> response = get("/es/test-only/broken");
		assertThat(response.statusCode()).isEqualTo(500);
		Document page = Jsoup.parse(response.body());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("es");
		assertThat(response.body()).doesNotContain("secret internal detail");
	}

	@ParameterizedTest
	@ValueSource(strings = { "parálisis", "paralisis", "parálisis facial", "PARALISIS", "cara caida" })
	void spanishSearchFindsBellsPalsyWithOrWithoutAccents(String words) throws Exception {
		Document results = Jsoup.parse(get("/es/buscar?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8)).body());
		List<String> found = results.select(".results__title a").eachAttr("href");
		assertThat(found).as("results for '%s'", words).contains("/es/afecciones/paralisis-de-bell");
		assertThat(found).allMatch((path) -> path.startsWith("/es/"));
	}

	@Test
	void englishSearchStaysEnglish() throws Exception {
		List<String> found = Jsoup.parse(get("/search?q=" + URLEncoder.encode("palsy", StandardCharsets.UTF_8)).body())
			.select(".results__title a")
			.eachAttr("href");
		assertThat(found).contains("/conditions/bells-palsy").noneMatch((path) -> path.startsWith("/es/"));
		assertThat(Jsoup.parse(get("/es/buscar?q=palsy+twitching").body()).select(".results__title a"))
			.as("English words in Spanish search")
			.allMatch((link) -> link.attr("href").startsWith("/es/"));
	}

	@Test
	void aReaderWhoseBrowserPrefersSpanishIsToldOfTheSpanishSiteNeverSentThere() throws Exception {
		HttpResponse<String> spanishFirst = get("/", "Accept-Language", "es-US,es;q=0.9,en;q=0.5");
		assertThat(spanishFirst.statusCode()).as("never a redirect").isEqualTo(200);
		assertThat(spanishFirst.headers().allValues("Vary"))
			.anyMatch((vary) -> vary.toLowerCase(Locale.ROOT).contains("accept-language"));
		Element notice = Jsoup.parse(spanishFirst.body()).selectFirst(NOTICE);
		assertThat(notice).isNotNull();
		assertThat(notice.attr("lang")).isEqualTo("es");
		assertThat(notice.selectFirst("a").attr("href")).isEqualTo("/es/");

		for (String header : List.of("en-US,en;q=0.9,es;q=0.8", "fr", "", "*", "es;q=0", "not a language ;;")) {
			HttpResponse<String> other = header.isEmpty() ? get("/") : get("/", "Accept-Language", header);
			assertThat(Jsoup.parse(other.body()).select(NOTICE)).as("notice for Accept-Language '%s'", header)
				.isEmpty();
		}
		assertThat(Jsoup.parse(get("/conditions", "Accept-Language", "es").body()).select(NOTICE))
			.as("on the home page only")
			.isEmpty();
		assertThat(Jsoup.parse(get("/es/", "Accept-Language", "es").body()).select(NOTICE))
			.as("not on the Spanish home page")
			.isEmpty();
	}

	@Test
	void aCacheWarmedByAnEnglishReaderStillTellsTheSpanishReader() throws Exception {
		double before = fromMemory();
		assertThat(Jsoup.parse(get("/", "Accept-Language", "en-US").body()).select(NOTICE)).isEmpty();
		assertThat(Jsoup.parse(get("/", "Accept-Language", "en-US").body()).select(NOTICE)).isEmpty();
		assertThat(fromMemory()).as("the second English visit came from memory").isGreaterThan(before);
		assertThat(Jsoup.parse(get("/", "Accept-Language", "es-MX,es;q=0.9").body()).select(NOTICE)).hasSize(1);
		assertThat(Jsoup.parse(get("/", "Accept-Language", "es").body()).select(NOTICE)).hasSize(1);
		assertThat(Jsoup.parse(get("/").body()).select(NOTICE)).isEmpty();
	}

	@Test
	void aCacheWarmedByASpanishReaderNeverShowsTheNoticeToOthers() throws Exception {
		double before = fromMemory();
		assertThat(Jsoup.parse(get("/", "Accept-Language", "es").body()).select(NOTICE)).hasSize(1);
		assertThat(Jsoup.parse(get("/", "Accept-Language", "es").body()).select(NOTICE)).hasSize(1);
		assertThat(fromMemory()).as("the second Spanish visit came from memory").isGreaterThan(before);
		assertThat(Jsoup.parse(get("/").body()).select(NOTICE)).isEmpty();
		assertThat(Jsoup.parse(get("/", "Accept-Language", "en").body()).select(NOTICE)).isEmpty();
	}

	private double fromMemory() {
		return this.metrics.get("site.pages.from.memory").counter().count();
	}

	private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
