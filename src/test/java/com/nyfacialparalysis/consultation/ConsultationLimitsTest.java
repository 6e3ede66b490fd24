package com.nyfacialparalysis.consultation;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.nyfacialparalysis.requests.StoredRequests;
import com.nyfacialparalysis.testsupport.SiteSettings;
import com.nyfacialparalysis.testsupport.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Abuse and odd input over real HTTP: the per-address limit, an oversized body, broken
 * encoding.
 */
@SiteTest
class ConsultationLimitsTest {

	/**
	 * The hourly limit of every test about it (ConsultationAbuseTest,
	 * ConsultationPagesValidHtmlTest), set on the shared site for each of their tests
	 * ({@link #hourlyLimit}).
	 */
	static final int HOURLY_LIMIT = 3;

	@LocalServerPort
	int port;

	@Autowired
	StoredRequests requests;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SubmissionLimiter limiter;

	@Autowired
	SiteSettings settings;

	@BeforeEach
	void aNewHour() {
		hourlyLimit(this.settings, this.limiter);
		// Every test here comes from the same address; each starts with that address's
		// hour empty.
		this.jdbc.update("delete from recent_attempts");
	}

	/**
	 * The site takes {@link #HOURLY_LIMIT} requests an hour from one address, for one
	 * test.
	 */
	static void hourlyLimit(SiteSettings settings, SubmissionLimiter limiter) {
		settings.set(limiter, "perHour", HOURLY_LIMIT);
	}

	@Test
	void pastTheHourlyLimitAPersonGetsA429PageWithThePhoneNumberAndNothingIsStored() throws Exception {
		ConsultationHttp browser = new ConsultationHttp(base());
		for (int i = 0; i < HOURLY_LIMIT; i++) {
			browser.submitValid(Map.of());
		}
		long before = this.requests.count();
		Map<String, String> fields = new LinkedHashMap<>(browser.openForm());
		fields.putAll(ConsultationHttp.validFields());
		HttpResponse<String> refused = browser.post(fields);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After"))
			.hasValueSatisfying((value) -> assertThat(Long.parseLong(value)).isPositive());
		var page = Jsoup.parse(refused.body());
		assertThat(page.select("h1").text()).isEqualTo("Too many requests");
		assertThat(page.select("main a[href=tel:+12124344050]")).isNotEmpty();
		assertThat(page.select("main").text()).contains("911");
		assertThat(this.requests.count()).isEqualTo(before);
	}

	/**
	 * A person refused for sending too many, or too much, is refused at the form's
	 * address; the language link offers the same form in the other language, where a
	 * patient would look next, not the other language's home page.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource({ "/es/consulta, /consultation, Demasiadas solicitudes",
			"/consultation, /es/consulta, Too many requests" })
	void pastTheLimitTheLanguageLinkLeadsToTheSameFormInTheOtherLanguage(String form, String twin, String heading)
			throws Exception {
		ConsultationHttp browser = new ConsultationHttp(base());
		HttpResponse<String> refused = null;
		for (int i = 0; i < 4; i++) {
			Map<String, String> fields = new LinkedHashMap<>(browser.hiddenFields(form));
			fields.putAll(ConsultationHttp.validFields());
			refused = browser.post(form, fields);
		}
		assertThat(refused.statusCode()).isEqualTo(429);
		var page = Jsoup.parse(refused.body());
		assertThat(page.select("h1").text()).isEqualTo(heading);
		assertThat(page.select(".site-header__language a").attr("href")).isEqualTo(twin);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "/es/consulta, /consultation, es", "/consultation, /es/consulta, en" })
	void aBodyTooLargeLeadsToTheSameFormInTheOtherLanguage(String form, String twin, String language) throws Exception {
		char[] huge = new char[3 * 1024 * 1024];
		Arrays.fill(huge, 'a');
		HttpResponse<String> response = new ConsultationHttp(base()).post(form, Map.of("message", new String(huge)));
		assertThat(response.statusCode()).isEqualTo(413);
		var page = Jsoup.parse(response.body());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo(language);
		assertThat(page.select(".site-header__language a").attr("href")).isEqualTo(twin);
	}

	@Test
	void aFormSentBackWithErrorsDoesNotCountAgainstTheLimit() throws Exception {
		ConsultationHttp browser = new ConsultationHttp(base());
		int counted = countedAttempts();
		for (int i = 0; i < 5; i++) {
			Map<String, String> fields = new LinkedHashMap<>(browser.openForm());
			fields.putAll(ConsultationHttp.validFields());
			fields.put("fullName", "");
			assertThat(browser.post(fields).statusCode()).isEqualTo(200);
		}
		assertThat(countedAttempts()).isEqualTo(counted);
		browser.submitValid(Map.of("fullName", "Counted Once"));
		assertThat(countedAttempts()).as("a stored request counts").isEqualTo(counted + 1);
	}

	@Test
	void aThreeMegabyteBodyIsRefusedWith413AndAPageNotAnError() throws Exception {
		ConsultationHttp browser = new ConsultationHttp(base());
		Map<String, String> fields = new LinkedHashMap<>(browser.openForm());
		fields.putAll(ConsultationHttp.validFields());
		char[] huge = new char[3 * 1024 * 1024];
		Arrays.fill(huge, 'a');
		fields.put("message", new String(huge));
		long before = this.requests.count();
		HttpResponse<String> response = browser.post(fields);
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("That was too much to send");
		assertThat(this.requests.count()).isEqualTo(before);
	}

	@Test
	void aBodyThatBreaksUtf8IsAnsweredCalmly() throws Exception {
		ConsultationHttp browser = new ConsultationHttp(base());
		Map<String, String> hidden = browser.openForm();
		String body = "_csrf=" + hidden.get("_csrf") + "&submissionToken=" + hidden.get("submissionToken")
				+ "&fullName=%FF%FE%C3&phone=212+555+0123&preferredContact=PHONE&suddenWeakness=NO&concern=not-sure&consent=true";
		HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(base() + "/consultation"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
		assertThat(response.statusCode()).isIn(200, 303, 400);
		assertThat(response.body()).doesNotContain("Exception", "Whitelabel");
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	private int countedAttempts() {
		return this.jdbc.queryForObject("select count(*) from recent_attempts where kind = 'consultation'",
				Integer.class);
	}

}
