package com.nyfacialparalysis.consultation;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.nyfacialparalysis.requests.StoredRequests;
import com.nyfacialparalysis.testsupport.SiteSettings;
import com.nyfacialparalysis.testsupport.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The form against someone who means harm, over real HTTP: many requests from one address
 * at the same moment, tokens the site never issued, and invisible control characters.
 * Each case changes nothing stored, and a person who typed something is shown the form
 * again with what they typed and what to do.
 */
@SiteTest
class ConsultationAbuseTest {

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
		ConsultationLimitsTest.hourlyLimit(this.settings, this.limiter);
		// Every test here comes from the same address; each starts with its hour empty.
		this.jdbc.update("delete from recent_attempts");
	}

	@Test
	void twentyRequestsAtOnceFromOneAddressStoreNoMoreThanTheHourlyLimit() throws Exception {
		twentyAtOnceStoreNoMoreThanTheHourlyLimit();
	}

	@Test
	void twentyFirstRequestsAtOnceFromANewAddressStoreNoMoreThanTheHourlyLimit() throws Exception {
		// The address has never sent anything today: its row, on which the count is
		// locked, does not exist yet, and all twenty race to make it.
		this.jdbc.update("delete from attempt_keys where kind = 'consultation'");
		twentyAtOnceStoreNoMoreThanTheHourlyLimit();
		assertThat(this.jdbc.queryForObject("select count(*) from attempt_keys where kind = 'consultation'",
				Integer.class))
			.as("one row for the one address")
			.isEqualTo(1);
	}

	private void twentyAtOnceStoreNoMoreThanTheHourlyLimit() throws Exception {
		int senders = 20;
		long before = this.requests.count();
		ExecutorService pool = Executors.newFixedThreadPool(senders);
		CountDownLatch ready = new CountDownLatch(senders);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Integer>> answers = new ArrayList<>();
		for (int i = 0; i < senders; i++) {
			String name = "Parallel Sender " + i;
			Callable<Integer> sender = () -> {
				ConsultationHttp browser = new ConsultationHttp(base());
				Map<String, String> fields = new LinkedHashMap<>(browser.openForm());
				fields.putAll(ConsultationHttp.validFields());
				fields.put("fullName", name);
				ready.countDown();
				go.await();
				return browser.post(fields).statusCode();
			};
			answers.add(pool.submit(sender));
		}
		ready.await();
		go.countDown();
		int stored = 0;
		int refused = 0;
		for (Future<Integer> answer : answers) {
			int status = answer.get();
			assertThat(status).as("each is stored (303) or refused (429)").isIn(303, 429);
			stored += (status == 303) ? 1 : 0;
			refused += (status == 429) ? 1 : 0;
		}
		pool.shutdown();
		assertThat(stored).isEqualTo(ConsultationLimitsTest.HOURLY_LIMIT);
		assertThat(refused).isEqualTo(senders - ConsultationLimitsTest.HOURLY_LIMIT);
		assertThat(this.requests.count()).isEqualTo(before + ConsultationLimitsTest.HOURLY_LIMIT);
	}

	@Test
	void aTokenTheSiteNeverIssuedIsRefusedWithAClearMessageAndWhatWasTypedIsKept() throws Exception {
		ConsultationHttp browser = new ConsultationHttp(base());
		long before = this.requests.count();
		Map<String, String> fields = new LinkedHashMap<>(browser.openForm());
		fields.putAll(ConsultationHttp.validFields());
		fields.put("fullName", "Forged Token");
		fields.put("submissionToken", UUID.randomUUID().toString());
		HttpResponse<String> answer = browser.post(fields);
		assertThat(answer.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(answer.body());
		assertThat(page.select(".error-summary").text()).contains("send it again");
		assertThat(page.select("#fullName").val()).isEqualTo("Forged Token");
		assertThat(page.select("#message").text()).isEqualTo("My face started twitching in May.");
		assertThat(this.requests.count()).isEqualTo(before);

		// Pressing Send again on the page shown sends it, with the fresh token that page
		// carries.
		Map<String, String> again = new LinkedHashMap<>(fields);
		again.put("submissionToken", page.select("#submissionToken").val());
		assertThat(browser.post(again).statusCode()).isEqualTo(303);
		assertThat(this.requests.count()).isEqualTo(before + 1);
	}

	@Test
	void aFormWhoseCsrfCookieWasLostIsRefusedButShownAgainWithEverythingTyped() throws Exception {
		ConsultationHttp before = new ConsultationHttp(base());
		Map<String, String> fields = new LinkedHashMap<>(before.openForm());
		fields.putAll(ConsultationHttp.validFields());
		fields.put("fullName", "Browser Restarted");
		long stored = this.requests.count();
		// The same form sent from a browser that has since lost its cookies.
		ConsultationHttp after = new ConsultationHttp(base());
		HttpResponse<String> refused = after.post(fields);
		assertThat(refused.statusCode()).isEqualTo(403);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select(".error-summary").text()).contains("send it again", "call us");
		assertThat(page.select("#fullName").val()).isEqualTo("Browser Restarted");
		assertThat(page.select("#message").text()).isEqualTo("My face started twitching in May.");
		assertThat(this.requests.count()).isEqualTo(stored);

		Map<String, String> again = new LinkedHashMap<>(fields);
		again.put("_csrf", page.select("input[name=_csrf]").val());
		again.put("submissionToken", page.select("#submissionToken").val());
		assertThat(after.post(again).statusCode()).as("sent again from the page shown").isEqualTo(303);
		assertThat(this.requests.count()).isEqualTo(stored + 1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "fullName", "phone", "email", "message" })
	void aControlCharacterInATextFieldGetsTheFormBackWithAMessageNeverAnError(String field) throws Exception {
		ConsultationHttp browser = new ConsultationHttp(base());
		long before = this.requests.count();
		Map<String, String> fields = new LinkedHashMap<>(browser.openForm());
		fields.putAll(ConsultationHttp.validFields());
		String typed = ConsultationHttp.validFields().get(field);
		fields.put(field, typed.substring(0, 3) + "\u0000" + typed.substring(3));
		HttpResponse<String> answer = browser.post(fields);
		assertThat(answer.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(answer.body());
		assertThat(page.select(".error-summary a[href=#" + field + "]").text()).isNotBlank();
		assertThat(page.select("#" + field + "-error").text()).isNotBlank();
		assertThat(this.requests.count()).isEqualTo(before);
	}

	@Test
	void aMessageWithNulIsRefusedButLineBreaksAndTabsAreKept() throws Exception {
		ConsultationHttp browser = new ConsultationHttp(base());
		Map<String, String> fields = new LinkedHashMap<>(browser.openForm());
		fields.putAll(ConsultationHttp.validFields());
		fields.put("message", "a\u0000b");
		HttpResponse<String> refused = browser.post(fields);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(refused.body()).select("#message-error").text()).contains("invisible character");

		String reference = browser.submitValid(Map.of("message", "First line\r\nSecond\tline"));
		assertThat(this.requests.findByReference(reference).orElseThrow().getMessage())
			.isEqualTo("First line\nSecond\tline");
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
