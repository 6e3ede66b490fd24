package com.nyfacialparalysis.system.limits;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With every place in the waiting line taken by slow work, a request that needs work
 * waits its turn and, past the longest wait, gets a calm 503 page with the phone number;
 * a page from memory and the health check are answered at once all the same.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "clinic.web.waiting-line.at-once=1", "clinic.web.waiting-line.max-wait=300ms" })
@ActiveProfiles("test")
class WaitingLineTest {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void whenEveryPlaceIsTakenWorkWaitsThenIsTurnedAwayWhileReadersAreAnswered() throws Exception {
		assertThat(send("/conditions/bells-palsy").statusCode()).as("the page, now kept in memory").isEqualTo(200);
		CompletableFuture<HttpResponse<String>> slow = this.http.sendAsync(request("/test-only/held"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(HeldWorkController.awaitStarted()).isTrue();
		try {
			HttpResponse<String> turnedAway = send("/consultation");
			assertThat(turnedAway.statusCode()).isEqualTo(503);
			assertThat(turnedAway.headers().firstValue("Retry-After")).hasValue("30");
			Document page = Jsoup.parse(turnedAway.body());
			assertThat(page.select("h1").text()).isEqualTo("We are very busy just now");
			assertThat(page.select("main a[href=tel:+12124344050]")).isNotEmpty();

			assertThat(send("/conditions/bells-palsy").statusCode()).as("a page from memory does not wait")
				.isEqualTo(200);
			HttpResponse<String> health = this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health/liveness"))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(health.statusCode()).as("health checks do not wait").isEqualTo(200);
		}
		finally {
			HeldWorkController.release();
		}
		assertThat(slow.get().body()).isEqualTo("done");
		assertThat(send("/consultation").statusCode()).as("with the place free again").isEqualTo(200);
	}

	private HttpResponse<String> send(String path) throws Exception {
		return this.http.send(request(path), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.build();
	}

}
