package com.nyfacialparalysis.system.pagecache;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.nyfacialparalysis.testsupport.OnPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the postgres profile, as production runs: sessions live in PostgreSQL (Spring
 * Session, cookie {@code SESSION}), and Spring Session's filter runs after the page
 * cache. A visitor holding such a session is never answered from memory, and what they
 * are shown is never kept. Its settings are its own (no MockMvc, the postgres profile),
 * so its application is too: closed after its tests, so that its connections go back to
 * the shared server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "postgres" })
@OnPostgres
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PageCacheOnPostgresTest {

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry metrics;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void aVisitorWithASessionInTheDatabaseIsNeitherServedFromMemoryNorKept() throws Exception {
		String setCookie = send("/test-only/session", null).headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(setCookie).as("a session kept by Spring Session").startsWith("SESSION=");
		String session = setCookie.substring(0, setCookie.indexOf(';'));

		send("/contact", null);
		double before = servedFromMemory();
		send("/contact", null);
		assertThat(servedFromMemory()).as("a reader is answered from memory").isEqualTo(before + 1);

		HttpResponse<String> withSession = send("/contact", session);
		assertThat(withSession.statusCode()).isEqualTo(200);
		assertThat(servedFromMemory()).as("the visitor with a session is answered afresh").isEqualTo(before + 1);

		send("/conditions/tourette-syndrome", session);
		send("/conditions/tourette-syndrome", null);
		assertThat(servedFromMemory()).as("the page shown to the visitor with a session was not kept")
			.isEqualTo(before + 1);
	}

	private HttpResponse<String> send(String path, String cookie) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private double servedFromMemory() {
		return this.metrics.get("site.pages.from.memory").counter().count();
	}

}
