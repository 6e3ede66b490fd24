package com.nyfacialparalysis.desk;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.nyfacialparalysis.accounts.Role;
import com.nyfacialparalysis.accounts.StaffTestUsers;
import com.nyfacialparalysis.accounts.TestAccounts;
import com.nyfacialparalysis.consultation.ConsultationHttp;
import com.nyfacialparalysis.testsupport.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A Spanish speaker sends the Spanish form, over real HTTP with the cookies a browser
 * keeps: the request is stored as Spanish, its confirmation promises the call-back in
 * Spanish, and the desk's inbox, request page and export show "Spanish" so the call-back
 * is made by a Spanish speaker. A request from the English form shows "English".
 */
@SiteTest
class SpanishRequestsOnTheDeskTest {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestAccounts accounts;

	@BeforeEach
	void receptionistExists() {
		this.accounts.receptionistExists();
	}

	@Test
	void theSpanishFormStoresASpanishRequestAndTheDeskSaysSo() throws Exception {
		ConsultationHttp browser = new ConsultationHttp("http://localhost:" + this.port);
		Document form = Jsoup.parse(browser.fetch("/es/consulta").body());
		assertThat(form.selectFirst("html").attr("lang")).isEqualTo("es");
		assertThat(form.select("form.consultation-form").attr("action")).isEqualTo("/es/consulta");
		assertThat(form.select("#concern option").eachAttr("value")).as("concerns keep the English slugs")
			.contains("bells-palsy", "hemifacial-spasm");
		assertThat(form.select("#concern option[value=bells-palsy]").text()).isEqualTo("Parálisis de Bell");

		Map<String, String> fields = new LinkedHashMap<>(browser.hiddenFields("/es/consulta"));
		fields.putAll(ConsultationHttp.validFields());
		fields.put("fullName", "");
		HttpResponse<String> mistake = browser.post("/es/consulta", fields);
		assertThat(mistake.statusCode()).isEqualTo(200);
		Document again = Jsoup.parse(mistake.body());
		assertThat(again.select(".error-summary").text()).contains("Hay un problema");
		assertThat(again.select("#phone").val()).as("what was typed is kept").isEqualTo("(212) 555-0123");

		fields = new LinkedHashMap<>(browser.hiddenFields("/es/consulta"));
		fields.putAll(ConsultationHttp.validFields());
		fields.put("fullName", "Lucía Fernández");
		HttpResponse<String> sent = browser.post("/es/consulta", fields);
		assertThat(sent.statusCode()).isEqualTo(303);
		assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/es/consulta/confirmacion");
		Document confirmation = Jsoup.parse(browser.fetch("/es/consulta/confirmacion").body());
		assertThat(confirmation.selectFirst("html").attr("lang")).isEqualTo("es");
		String reference = confirmation.select(".reference").text();
		assertThat(reference).matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
		assertThat(confirmation.select("main").text()).as("the call-back promise, with its date in Spanish")
			.containsPattern("(lunes|martes|miércoles|jueves|viernes) \\d{1,2} de [a-z]+")
			.doesNotContainPattern("(Monday|Tuesday|Wednesday|Thursday|Friday)");
		assertThat(this.jdbc.queryForObject("select language from consultation_requests where reference = ?",
				String.class, reference))
			.isEqualTo("es");
		assertThat(this.jdbc.queryForObject("select concern from consultation_requests where reference = ?",
				String.class, reference))
			.isEqualTo("bells-palsy");

		String english = new ConsultationHttp("http://localhost:" + this.port).submitValid(Map.of());
		long id = this.jdbc.queryForObject("select id from consultation_requests where reference = ?", Long.class,
				reference);

		Document inbox = Jsoup.parse(this.mvc.perform(get("/staff/requests").param("q", reference).with(rita()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(inbox.select("tbody tr").text()).contains(reference, "Spanish");
		Document englishRow = Jsoup.parse(this.mvc.perform(get("/staff/requests").param("q", english).with(rita()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(englishRow.select("tbody tr").text()).contains(english).doesNotContain("Spanish");

		Document request = Jsoup.parse(this.mvc.perform(get("/staff/requests/" + id).with(rita()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(request.select("dl.details").text()).contains("Language Spanish");

		String csv = this.mvc.perform(get("/staff/requests/export.csv").param("q", reference).with(rita()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains(",Language\r\n");
		assertThat(csv.lines().filter((line) -> line.contains(reference))).singleElement()
			.satisfies((line) -> assertThat(line).endsWith(",\"Spanish\"").contains("Lucía Fernández"));
	}

	@Test
	void theSpanishConfirmationWithoutAReceiptSendsBackToTheSpanishForm() throws Exception {
		HttpResponse<String> response = new ConsultationHttp("http://localhost:" + this.port)
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/es/consulta/confirmacion"))
				.GET()
				.build());
		assertThat(response.statusCode()).isEqualTo(303);
		assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/es/consulta");
	}

	private static RequestPostProcessor rita() {
		return StaffTestUsers.signedIn("rita", Role.STAFF);
	}

}
