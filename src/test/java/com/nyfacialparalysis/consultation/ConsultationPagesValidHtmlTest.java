package com.nyfacialparalysis.consultation;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.nyfacialparalysis.system.NuHtmlChecker;
import com.nyfacialparalysis.testsupport.SiteSettings;
import com.nyfacialparalysis.testsupport.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the consultation form, in every state a person can see it, is valid HTML.
 */
@SiteTest
class ConsultationPagesValidHtmlTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SubmissionLimiter limiter;

	@Autowired
	SiteSettings settings;

	@Test
	void theFormItsErrorsTheConfirmationAndTheRefusalsAreValidHtml() throws Exception {
		ConsultationLimitsTest.hourlyLimit(this.settings, this.limiter);
		// This address's hour starts empty (the other tests share the site).
		this.jdbc.update("delete from recent_attempts");
		ConsultationHttp browser = new ConsultationHttp("http://localhost:" + this.port);
		Map<String, String> hidden = browser.openForm();
		String blank = browser.post(new LinkedHashMap<>(hidden)).body();
		assertValid("the form with every error", blank);
		assertThat(blank).contains("There is a problem");

		Map<String, String> urgent = new LinkedHashMap<>(browser.openForm());
		urgent.putAll(ConsultationHttp.validFields());
		urgent.put("suddenWeakness", "YES");
		assertThat(browser.post(urgent).statusCode()).isEqualTo(303);
		String confirmation = browser
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/consultation/confirmation"))
				.header("Accept", "text/html")
				.build())
			.body();
		assertValid("the urgent confirmation", confirmation);

		for (int i = 1; i < ConsultationLimitsTest.HOURLY_LIMIT; i++) {
			browser.submitValid(Map.of());
		}
		Map<String, String> again = new LinkedHashMap<>(browser.openForm());
		again.putAll(ConsultationHttp.validFields());
		var tooMany = browser.post(again);
		assertThat(tooMany.statusCode()).isEqualTo(429);
		assertValid("the too-many-requests page", tooMany.body());

		Map<String, String> huge = new LinkedHashMap<>(browser.openForm());
		huge.put("message", "x".repeat(200_000));
		var tooLarge = browser.post(huge);
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertValid("the too-large page", tooLarge.body());
	}

	private static void assertValid(String what, String html) {
		assertThat(NuHtmlChecker.errors(html)).as("HTML errors on %s", what).isEmpty();
	}

}
