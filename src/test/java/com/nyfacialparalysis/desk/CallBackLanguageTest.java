package com.nyfacialparalysis.desk;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.nyfacialparalysis.accounts.Role;
import com.nyfacialparalysis.accounts.StaffTestUsers;
import com.nyfacialparalysis.accounts.TestAccounts;
import com.nyfacialparalysis.consultation.ConsultationHttp;
import com.nyfacialparalysis.testsupport.SiteTest;
import com.nyfacialparalysis.testsupport.TestMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A Mandarin speaker who needs an interpreter says so on the form, in English and in
 * Spanish, over real HTTP as a browser without JavaScript sends it; the receptionist sees
 * it in the inbox's tag, on the request's page, in the staff email (still without the
 * person's details), in the CSV and in the reports, and the inbox's filter by language
 * finds them. Another language is written in its box, and the form says clearly what is
 * missing or wrong.
 */
@SiteTest
class CallBackLanguageTest {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestMail mail;

	@Autowired
	TestAccounts accounts;

	/**
	 * A surname of this run's own, so that the shared inbox's other rows do not count.
	 */
	private final String surname = "Lin" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

	@BeforeEach
	void receptionistExists() {
		this.accounts.receptionistExists();
	}

	@Test
	void theFormAsksWhichLanguageToCallInEachNamedInItself() throws Exception {
		Document english = Jsoup.parse(browser().fetch("/consultation").body());
		Element question = english.selectFirst("#callLanguage-ENGLISH").closest("fieldset");
		assertThat(question.selectFirst("legend").text()).isEqualTo("Which language should we call you in? (optional)");
		assertThat(english.select("input[name=callLanguage][checked]").eachAttr("value"))
			.as("the page's language by default")
			.containsExactly("ENGLISH");
		assertThat(english.selectFirst("label[for=callLanguage-MANDARIN]").text()).isEqualTo("普通话 / 普通話 (Mandarin)");
		assertThat(english.select("label[for=callLanguage-MANDARIN] span[lang]").eachAttr("lang"))
			.containsExactly("zh-Hans", "zh-Hant");
		assertThat(english.selectFirst("label[for=callLanguage-ARABIC] span[lang=ar]").attr("dir")).isEqualTo("rtl");
		assertThat(english.selectFirst("label[for=callLanguage-URDU] span[lang=ur]").attr("dir")).isEqualTo("rtl");
		assertThat(english.selectFirst("label[for=callLanguage-RUSSIAN] span[lang=ru]").hasAttr("dir")).isFalse();
		assertThat(english.selectFirst("label[for=callLanguage-OTHER]").text()).isEqualTo("Another language");
		assertThat(english.selectFirst("label[for=otherLanguage]").text()).isEqualTo("If another language, which one?");
		assertThat(english.selectFirst("label[for=interpreter]").text()).isEqualTo("I need an interpreter (optional)");
		assertThat(english.select("#interpreter[checked]")).isEmpty();

		Document spanish = Jsoup.parse(browser().fetch("/es/consulta").body());
		assertThat(spanish.select("input[name=callLanguage][checked]").eachAttr("value")).containsExactly("SPANISH");
		assertThat(spanish.selectFirst("label[for=callLanguage-MANDARIN]").text()).isEqualTo("普通话 / 普通話 (mandarín)");
		assertThat(spanish.selectFirst("label[for=callLanguage-SPANISH]").text()).as("its own name only")
			.isEqualTo("Español");
		assertThat(spanish.selectFirst("label[for=interpreter]").text()).isEqualTo("Necesito un intérprete (opcional)");
	}

	@Test
	void aMandarinSpeakerWhoNeedsAnInterpreterIsSeenSoByTheDesk() throws Exception {
		int[] before = mandarinInTheReports();
		String fromEnglish = browser().submitValid(Map.of("fullName", "Mei " + this.surname, "phone", "(718) 555-0161",
				"callLanguage", "MANDARIN", "interpreter", "true"));
		String fromSpanish = sendSpanish(Map.of("fullName", "Wei " + this.surname, "phone", "(718) 555-0162",
				"callLanguage", "MANDARIN", "interpreter", "true"));
		String inEnglish = browser().submitValid(Map.of("fullName", "Ann " + this.surname));

		for (String reference : List.of(fromEnglish, fromSpanish)) {
			Element row = inboxRow(reference);
			assertThat(row.select(".tag--language").text()).isEqualTo("Mandarin · interpreter");
			Document request = page(get("/staff/requests/" + id(reference)));
			assertThat(request.select("dl.details").text()).contains("Call back in Mandarin, with an interpreter");

			MimeMessage email = this.mail.awaitAbout(reference, Duration.ofSeconds(10)).get(0);
			String body = GreenMailUtil.getBody(email);
			assertThat(body).contains("Call back in: Mandarin, with an interpreter.",
					"Please have a medical interpreter on the call.");
			assertThat(email.getSubject() + body).doesNotContain(this.surname, "Mei", "Wei", "555-016");

			String csv = csv(reference);
			assertThat(csv.lines().filter((line) -> line.contains(reference))).singleElement()
				.satisfies((line) -> assertThat(line).endsWith(",\"Mandarin\",\"yes\""));
		}
		assertThat(page(get("/staff/requests/" + id(fromSpanish))).select("dl.details").text())
			.contains("Form in Spanish");
		assertThat(inboxRow(inEnglish).select(".tag--language")).as("English without an interpreter needs no tag")
			.isEmpty();
		assertThat(csv(inEnglish)).contains(",\"English\",\"English\",\"no\"");
		assertThat(csv(fromEnglish)).startsWith("\uFEFF").contains(",Form language,Call back in,Interpreter\r\n");

		Document mandarin = page(get("/staff/requests").param("language", "MANDARIN").param("q", this.surname));
		assertThat(references(mandarin)).containsExactlyInAnyOrder(fromEnglish, fromSpanish);
		assertThat(mandarin.select("#language option[selected]").text()).isEqualTo("Mandarin");
		assertThat(mandarin.select("a.export-link").attr("href")).contains("language=MANDARIN");
		assertThat(references(page(get("/staff/requests").param("language", "ENGLISH").param("q", this.surname))))
			.containsExactly(inEnglish);
		assertThat(references(page(get("/staff/requests").param("language", "KOREAN").param("q", this.surname))))
			.isEmpty();
		String filtered = this.mvc.perform(
				get("/staff/requests/export.csv").param("language", "MANDARIN").param("q", this.surname).with(rita()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(filtered).contains(fromEnglish, fromSpanish).doesNotContain(inEnglish);

		int[] after = mandarinInTheReports();
		assertThat(after[0] - before[0]).as("Mandarin requests in the reports").isEqualTo(2);
		assertThat(after[1] - before[1]).as("of them, with an interpreter").isEqualTo(2);
	}

	@Test
	void anotherLanguageIsWrittenInItsBoxAndKeptOffTheEmail() throws Exception {
		String reference = browser().submitValid(Map.of("fullName", "Tesfay " + this.surname, "callLanguage", "OTHER",
				"otherLanguage", "Tigrinya", "interpreter", "true"));
		assertThat(inboxRow(reference).select(".tag--language").text()).isEqualTo("Tigrinya · interpreter");
		assertThat(page(get("/staff/requests/" + id(reference))).select("dl.details").text())
			.contains("Call back in Another language: Tigrinya, with an interpreter");
		assertThat(csv(reference)).contains(",\"Other: Tigrinya\",\"yes\"");
		String body = GreenMailUtil.getBody(this.mail.awaitAbout(reference, Duration.ofSeconds(10)).get(0));
		assertThat(body).contains("Call back in: Another language (written on the request), with an interpreter.")
			.doesNotContain("Tigrinya");
	}

	@Test
	void theFormSaysWhatIsMissingOrWrongAndKeepsTheAnswers() throws Exception {
		Document noName = refused("/consultation", Map.of("callLanguage", "OTHER", "interpreter", "true"));
		assertThat(noName.select(".error-summary a").eachText())
			.contains("Write the language we should call you in, or choose one from the list");
		assertThat(noName.select(".error-summary a[href=#otherLanguage]")).hasSize(1);
		assertThat(noName.select("#callLanguage-OTHER[checked]")).as("the choice is kept").hasSize(1);
		assertThat(noName.select("#interpreter[checked]")).hasSize(1);

		Document notChosen = refused("/consultation", Map.of("callLanguage", "KOREAN", "otherLanguage", "Tigrinya"));
		assertThat(notChosen.select(".error-summary").text())
			.contains("You wrote a language in the box: choose “Another language” as well, or clear the box");
		assertThat(notChosen.select("#otherLanguage").val()).isEqualTo("Tigrinya");

		Document unknown = refused("/consultation", Map.of("callLanguage", "KLINGON"));
		assertThat(unknown.select(".error-summary a[href=#callLanguage-ENGLISH]").text())
			.isEqualTo("Choose a language from the list");

		Document tooLong = refused("/es/consulta", Map.of("callLanguage", "OTHER", "otherLanguage", "x".repeat(41)));
		assertThat(tooLong.select(".error-summary").text())
			.contains("El nombre del idioma debe tener 40 caracteres o menos");
		Document enEspanol = refused("/es/consulta", Map.of("callLanguage", "OTHER"));
		assertThat(enEspanol.select(".error-summary").text())
			.contains("Escriba el idioma en que debemos llamarle, o elija uno de la lista");
	}

	private ConsultationHttp browser() {
		return new ConsultationHttp("http://localhost:" + this.port);
	}

	/** Sends the Spanish form and returns the reference its confirmation shows. */
	private String sendSpanish(Map<String, String> changes) throws Exception {
		ConsultationHttp browser = browser();
		Map<String, String> fields = new LinkedHashMap<>(browser.hiddenFields("/es/consulta"));
		fields.putAll(ConsultationHttp.validFields());
		fields.putAll(changes);
		assertThat(browser.post("/es/consulta", fields).statusCode()).isEqualTo(303);
		return Jsoup.parse(browser.fetch("/es/consulta/confirmacion").body()).select(".reference").text();
	}

	/** Sends a form that is refused, and returns the form shown again. */
	private Document refused(String path, Map<String, String> changes) throws Exception {
		ConsultationHttp browser = browser();
		Map<String, String> fields = new LinkedHashMap<>(browser.hiddenFields(path));
		fields.putAll(ConsultationHttp.validFields());
		fields.putAll(changes);
		HttpResponse<String> response = browser.post(path, fields);
		assertThat(response.statusCode()).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private Element inboxRow(String reference) throws Exception {
		Document inbox = page(get("/staff/requests").param("q", reference));
		return inbox.select("tbody tr").first();
	}

	private String csv(String reference) throws Exception {
		return this.mvc.perform(get("/staff/requests/export.csv").param("q", reference).with(rita()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private long id(String reference) throws Exception {
		Element link = inboxRow(reference).selectFirst("a[href^=/staff/requests/]");
		return Long.parseLong(link.attr("href").substring("/staff/requests/".length()));
	}

	/** The reports' Mandarin row: its requests and how many asked for an interpreter. */
	private int[] mandarinInTheReports() throws Exception {
		Document reports = page(get("/staff/reports"));
		for (Element row : reports.select("#languages-heading ~ .report__body tbody tr")) {
			if (row.selectFirst("th").text().equals("Mandarin")) {
				return new int[] { Integer.parseInt(row.child(1).text()), Integer.parseInt(row.child(2).text()) };
			}
		}
		return new int[] { 0, 0 };
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request.with(rita()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private static List<String> references(Document inbox) {
		return inbox.select("tbody tr td:nth-child(2) > a").eachText();
	}

	private static RequestPostProcessor rita() {
		return StaffTestUsers.signedIn("rita", Role.STAFF);
	}

}
