package com.nyfacialparalysis.system;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.nyfacialparalysis.consultation.ConsultationHttp;
import com.nyfacialparalysis.requests.StoredRequests;
import com.nyfacialparalysis.testsupport.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body no form can have sent (a broken percent sign, bytes that are not UTF-8, more
 * fields than any page has), posted to every form of the site over real HTTP, as the
 * third security review did: each gets the site's plain 400 page, never a 500 or a
 * framework page, and the log holds nothing of what was sent.
 */
@SiteTest
@ExtendWith(OutputCaptureExtension.class)
class MalformedBodiesTest {

	/** Typed words a person would not want in a log. */
	static final String TYPED = "Maria-Private-Words-555-0199";

	static final List<String> FORMS = List.of("/consultation", "/es/consulta", "/consultation/sent-back",
			"/es/consulta/devuelto", "/feedback", "/es/opinion", "/staff/login", "/staff/two-factor", "/staff/logout");

	/** Bodies no form sends: a broken percent sign, and more fields than any page has. */
	static final List<String> BODIES = List.of("comment=" + TYPED + "%zz&fullName=" + TYPED, "fullName=" + TYPED + "&"
			+ IntStream.range(0, 150).mapToObj((i) -> "f" + i + "=" + TYPED).collect(Collectors.joining("&")));

	/**
	 * Bytes that are not UTF-8: read as text with a replacement character, so each form
	 * answers as it would any text; never a 500, never logged.
	 */
	static final String NOT_UTF8 = "fullName=" + TYPED + "&message=%C3%28" + TYPED + "&comment=%FF" + TYPED;

	@LocalServerPort
	int port;

	@Test
	void aMalformedBodyOnAnyFormGetsAPlain400PageAndLeavesNothingInTheLog(CapturedOutput log) throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		for (String form : FORMS) {
			for (String body : BODIES) {
				HttpResponse<String> response = client
					.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + form))
						.header("Content-Type", "application/x-www-form-urlencoded")
						.header("Accept", "text/html")
						.POST(HttpRequest.BodyPublishers.ofString(body))
						.build(), HttpResponse.BodyHandlers.ofString());
				String what = form + " with " + body.substring(0, Math.min(60, body.length()));
				assertThat(response.statusCode()).as(what).isEqualTo(400);
				assertThat(response.body()).as(what)
					.contains("(212) 434-4050")
					.doesNotContain(TYPED, "Exception", "Whitelabel", "Tomcat");
			}
		}
		for (String form : FORMS) {
			HttpResponse<String> response = client
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + form))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.header("Accept", "text/html")
					.POST(HttpRequest.BodyPublishers.ofString(NOT_UTF8))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(form + " with bytes that are not UTF-8").isLessThan(500);
		}
		assertThat(rawGet("/search?q=" + TYPED + "%zz")).as("a search address with a broken percent sign")
			.startsWith("HTTP/1.1 400")
			.contains("(212) 434-4050")
			.doesNotContain(TYPED);
		assertThat(log.getAll()).as("the log").doesNotContain(TYPED);
	}

	/**
	 * An address no HTTP client library would send, written out as it goes on the wire.
	 */
	private String rawGet(String target) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.getOutputStream()
				.write(("GET " + target
						+ " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/**
	 * Reading every form's parameters first must read them as the site does, in UTF-8: an
	 * accented name sent by a browser is stored as typed.
	 */
	@Test
	void aWellFormedFormIsReadInUtf8(@Autowired StoredRequests requests) throws Exception {
		String reference = new ConsultationHttp("http://localhost:" + this.port)
			.submitValid(Map.of("fullName", "María Núñez-Ørsted 王芳"));
		assertThat(requests.findByReference(reference).orElseThrow().getFullName()).isEqualTo("María Núñez-Ørsted 王芳");
	}

	@Test
	void theErrorAddressAskedForDirectlyIsACalmPageNotA500() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/error"))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isLessThan(500);
		assertThat(response.body()).doesNotContain("Exception", "Whitelabel");
	}

}
