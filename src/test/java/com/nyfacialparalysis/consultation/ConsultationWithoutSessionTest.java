package com.nyfacialparalysis.consultation;

import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.nyfacialparalysis.requests.StoredRequests;
import com.nyfacialparalysis.testsupport.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor to the form costs the server nothing that outlives the request: no session,
 * in memory or in the database, and no session cookie, before or after the request is
 * stored. What the form needs between pages travels with the visitor, signed.
 */
@SiteTest
class ConsultationWithoutSessionTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StoredRequests requests;

	private final HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void viewingTheFormCreatesNoSessionAndSetsNoSessionCookie() throws Exception {
		int sessions = liveSessions();
		for (int i = 0; i < 50; i++) {
			HttpResponse<String> form = this.plain.send(
					HttpRequest.newBuilder(URI.create(base() + "/consultation")).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(form.statusCode()).isEqualTo(200);
			assertThat(cookieNames(form)).doesNotContain("SESSION", "JSESSIONID");
		}
		assertThat(liveSessions()).as("sessions stored").isEqualTo(sessions);
	}

	@Test
	void theFormsOnlyCookieIsItsCsrfTokenKeptToTheFormAndNeverSentToOtherSites() throws Exception {
		HttpResponse<String> form = this.plain.send(
				HttpRequest.newBuilder(URI.create(base() + "/consultation")).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
		List<String> cookies = form.headers().allValues("Set-Cookie");
		assertThat(cookies).hasSize(1);
		HttpCookie csrf = HttpCookie.parse(cookies.get(0)).get(0);
		assertThat(csrf.getPath()).isEqualTo("/consultation");
		assertThat(csrf.isHttpOnly()).isTrue();
		assertThat(cookies.get(0)).containsIgnoringCase("SameSite=Lax");
		assertThat(csrf.getMaxAge()).as("gone when the browser closes").isEqualTo(-1);
	}

	@Test
	void sendingTheFormAndSeeingTheConfirmationCreateNoSessionEither() throws Exception {
		int sessions = liveSessions();
		ConsultationHttp browser = new ConsultationHttp(base());
		String reference = browser.submitValid(Map.of("fullName", "No Session Needed"));
		assertThat(this.requests.findByReference(reference)).isPresent();
		assertThat(browser.reference()).as("a reload shows the same reference").isEqualTo(reference);
		assertThat(liveSessions()).as("sessions stored").isEqualTo(sessions);
	}

	@Test
	void theConfirmationCookieHoldsNoPersonalDetailsAndLastsAShortTime() throws Exception {
		ConsultationHttp browser = new ConsultationHttp(base());
		Map<String, String> fields = new LinkedHashMap<>(browser.openForm());
		fields.putAll(ConsultationHttp.validFields());
		fields.put("fullName", "Cookie Reader");
		HttpResponse<String> sent = browser.post(fields);
		assertThat(sent.statusCode()).isEqualTo(303);
		List<String> cookies = sent.headers().allValues("Set-Cookie");
		assertThat(cookies).noneMatch((cookie) -> cookie.startsWith("SESSION=") || cookie.startsWith("JSESSIONID="));
		String receipt = cookies.stream()
			.filter((cookie) -> cookie.startsWith(ReceiptCookie.NAME + "="))
			.findFirst()
			.orElseThrow();
		HttpCookie parsed = HttpCookie.parse(receipt).get(0);
		assertThat(parsed.isHttpOnly()).isTrue();
		assertThat(parsed.getPath()).isEqualTo("/consultation/confirmation");
		assertThat(parsed.getMaxAge()).isPositive().isLessThanOrEqualTo(3600);
		assertThat(receipt).containsIgnoringCase("SameSite=Lax")
			.doesNotContain("Cookie", "Reader", "maria", "555", "twitching");
	}

	/**
	 * A Spanish speaker who has sent the form and wants the confirmation in English (or
	 * the reverse) gets the same confirmation, the same reference, in the other language:
	 * not the other language's home page, and not an empty form that invites a second
	 * request. Someone without the receipt following the same link gets the form.
	 */
	@ParameterizedTest(name = "{0} to {1}")
	@CsvSource({ "/es/consulta, /es/consulta/confirmacion, /consultation/confirmation, en",
			"/consultation, /consultation/confirmation, /es/consulta/confirmacion, es" })
	void theConfirmationsLanguageLinkShowsTheSameRequestInTheOtherLanguage(String form, String confirmation,
			String twin, String twinLanguage) throws Exception {
		ConsultationHttp browser = new ConsultationHttp(base());
		Map<String, String> fields = new LinkedHashMap<>(browser.hiddenFields(form));
		fields.putAll(ConsultationHttp.validFields());
		HttpResponse<String> sent = browser.post(form, fields);
		assertThat(sent.statusCode()).isEqualTo(303);
		assertThat(sent.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith(confirmation));
		assertThat(sent.headers().allValues("Set-Cookie"))
			.filteredOn((cookie) -> cookie.startsWith(ReceiptCookie.NAME + "="))
			.extracting((cookie) -> HttpCookie.parse(cookie).get(0).getPath())
			.containsExactly(confirmation, twin);

		Document shown = Jsoup.parse(browser.fetch(confirmation).body());
		String reference = shown.select(".reference").text();
		assertThat(reference).matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
		Element link = shown.selectFirst(".site-header__language a");
		assertThat(link.attr("href")).isEqualTo(twin);
		assertThat(link.attr("lang")).isEqualTo(twinLanguage);

		HttpResponse<String> followed = browser.fetch(link.attr("href"));
		assertThat(followed.statusCode()).isEqualTo(200);
		Document other = Jsoup.parse(followed.body());
		assertThat(other.selectFirst("html").attr("lang")).isEqualTo(twinLanguage);
		assertThat(other.select(".reference").text()).as("the same request").isEqualTo(reference);
		assertThat(other.select(".site-header__language a").attr("href")).isEqualTo(confirmation);

		HttpResponse<String> stranger = this.plain.send(HttpRequest.newBuilder(URI.create(base() + twin)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(stranger.statusCode()).isEqualTo(303);
		assertThat(stranger.body()).doesNotContain(reference);
	}

	@Test
	void aConfirmationCookieThatWasTamperedWithShowsNothing() throws Exception {
		ConsultationHttp browser = new ConsultationHttp(base());
		String reference = browser.submitValid(Map.of());
		HttpResponse<String> forged = this.plain
			.send(HttpRequest.newBuilder(URI.create(base() + "/consultation/confirmation"))
				.header("Cookie", ReceiptCookie.NAME + "=" + reference + ".9999999999.AAAA")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(forged.statusCode()).isEqualTo(303);
		assertThat(forged.headers().firstValue("Location")).hasValue("/consultation");
		assertThat(forged.body()).doesNotContain(reference);
	}

	private int liveSessions() {
		return this.jdbc.queryForObject("select count(*) from spring_session", Integer.class);
	}

	private static List<String> cookieNames(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.map((cookie) -> cookie.substring(0, cookie.indexOf('=')))
			.toList();
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
