package com.nyfacialparalysis.system.limits;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import com.nyfacialparalysis.system.NuHtmlChecker;
import com.nyfacialparalysis.testsupport.SettableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Live sessions are capped: past the cap, a visitor who is not signed in and would need a
 * new session gets a calm 503 page with the phone number, while every session that
 * exists, and anyone signed in, keeps working.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "clinic.sessions.max-live=3")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(SettableClock.InPlace.class)
class LiveSessionCapTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	SettableClock clock;

	@BeforeEach
	void noSessions() {
		this.jdbc.update("delete from spring_session");
		// The cap remembers a "full" count for a second (of the site's clock).
		this.clock.moveOn(Duration.ofMillis(1100));
	}

	@Test
	void pastTheCapANewVisitorIsToldToTryAgainWithThePhoneNumberAndExistingSessionsKeepWorking() throws Exception {
		List<HttpClient> visitors = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			HttpClient visitor = browser();
			HttpResponse<String> first = visitor.send(page("/test-only/visits"), HttpResponse.BodyHandlers.ofString());
			assertThat(first.statusCode()).isEqualTo(200);
			assertThat(first.body()).isEqualTo("visit 1");
			visitors.add(visitor);
		}
		HttpResponse<String> refused = browser().send(page("/test-only/visits"), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(503);
		assertThat(refused.headers().firstValue("Retry-After")).hasValue("60");
		assertThat(refused.headers().allValues("Set-Cookie")).isEmpty();
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select("h1").text()).isEqualTo("We are very busy just now");
		assertThat(page.select("main a[href=tel:+12124344050]")).isNotEmpty();
		assertThat(page.select("main").text()).contains("911");
		assertThat(NuHtmlChecker.errors(refused.body())).isEmpty();
		assertThat(liveSessions()).isEqualTo(3);

		for (HttpClient visitor : visitors) {
			HttpResponse<String> again = visitor.send(page("/test-only/visits"), HttpResponse.BodyHandlers.ofString());
			assertThat(again.statusCode()).as("a visitor who has a session keeps it").isEqualTo(200);
			assertThat(again.body()).isEqualTo("visit 2");
		}

		visitors.get(0).send(page("/test-only/visits/end"), HttpResponse.BodyHandlers.ofString());
		this.clock.moveOn(Duration.ofMillis(1100));
		assertThat(browser().send(page("/test-only/visits"), HttpResponse.BodyHandlers.ofString()).statusCode())
			.as("a session that ends makes room")
			.isEqualTo(200);
	}

	@Test
	void someoneSignedInStillGetsASessionAtTheCap() throws Exception {
		for (int i = 0; i < 3; i++) {
			browser().send(page("/test-only/visits"), HttpResponse.BodyHandlers.ofString());
		}
		this.mvc.perform(get("/test-only/visits")).andExpect(status().isServiceUnavailable());
		this.mvc.perform(get("/test-only/visits").with(user("rita").roles("STAFF")))
			.andExpect(status().isOk())
			.andExpect(content().string("visit 1"));
		assertThat(liveSessions()).isEqualTo(4);
	}

	@Test
	void theStaffDesksPagesAnswerCalmlyAtTheCapAndAddNoSession() throws Exception {
		for (int i = 0; i < 3; i++) {
			browser().send(page("/test-only/visits"), HttpResponse.BodyHandlers.ofString());
		}
		for (String path : new String[] { "/staff/login", "/staff/requests", "/staff/login", "/staff/requests" }) {
			HttpResponse<String> answer = browser().send(page(path), HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as(path).isIn(200, 302, 503);
			assertThat(answer.body()).as(path).doesNotContain("Exception", "Sorry, something went wrong");
		}
		assertThat(liveSessions()).isEqualTo(3);
	}

	@Test
	void formsAndPagesForPatientsNeedNoSessionSoTheyWorkAtTheCap() throws Exception {
		for (int i = 0; i < 3; i++) {
			browser().send(page("/test-only/visits"), HttpResponse.BodyHandlers.ofString());
		}
		for (String path : new String[] { "/", "/conditions/bells-palsy", "/consultation", "/search?q=twitch" }) {
			assertThat(browser().send(page(path), HttpResponse.BodyHandlers.ofString()).statusCode()).as(path)
				.isEqualTo(200);
		}
	}

	private int liveSessions() {
		return this.jdbc.queryForObject("select count(*) from spring_session", Integer.class);
	}

	private HttpRequest page(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.build();
	}

	private static HttpClient browser() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

}
