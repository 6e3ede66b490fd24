package com.nyfacialparalysis.consultation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.nyfacialparalysis.requests.StoredRequests;
import com.nyfacialparalysis.testsupport.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the third security review found about the form's one-time token and its receipt,
 * reproduced over real HTTP: a used token sent again with other words (from the browser's
 * history, on either language's form) gets the form back with a clear message and what
 * was typed, never the first person's confirmation, and stores nothing; a receipt cookie
 * in any spelling but the one the site wrote opens no confirmation.
 */
@SiteTest
class UsedTokensOverHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	StoredRequests requests;

	@ParameterizedTest
	@ValueSource(strings = { "/consultation", "/es/consulta" })
	void aUsedTokenWithOtherWordsGetsTheFormBackNotTheFirstConfirmation(String form) throws Exception {
		ConsultationHttp first = new ConsultationHttp(base());
		Map<String, String> sent = new LinkedHashMap<>(first.hiddenFields(form));
		sent.putAll(ConsultationHttp.validFields());
		sent.put("fullName", "Fiona First-Sender");
		assertThat(first.post(form, sent).statusCode()).isEqualTo(303);
		String reference = first.reference();
		long before = this.requests.count();

		// Someone else at the same browser: back to the sent form, other words, Send.
		ConsultationHttp second = new ConsultationHttp(base());
		Map<String, String> again = new LinkedHashMap<>(sent);
		again.put("_csrf", second.hiddenFields(form).get("_csrf"));
		again.put("fullName", "Sam Second-Person");
		again.put("message", "A different message altogether.");
		HttpResponse<String> answer = second.post(form, again);

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains(form.startsWith("/es/") ? "ya se envió una vez" : "already sent once")
			.contains("Sam Second-Person", "A different message altogether.")
			.doesNotContain(reference, "Fiona");
		assertThat(answer.headers().allValues("Set-Cookie"))
			.noneMatch((cookie) -> cookie.startsWith("consultation_receipt"));
		assertThat(this.requests.count()).as("nothing stored").isEqualTo(before);
		assertThat(this.requests.findByReference(reference).orElseThrow().getFullName())
			.isEqualTo("Fiona First-Sender");
	}

	@Test
	void aReceiptCookieSpelledOtherwiseOpensNoConfirmation() throws Exception {
		ConsultationHttp person = new ConsultationHttp(base());
		Map<String, String> sent = new LinkedHashMap<>(person.openForm());
		sent.putAll(ConsultationHttp.validFields());
		HttpResponse<String> stored = person.post(sent);
		String receipt = stored.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("consultation_receipt="))
			.findFirst()
			.orElseThrow()
			.split(";")[0].substring("consultation_receipt=".length());
		assertThat(confirmationWith(receipt).statusCode()).as("the cookie as written").isEqualTo(200);
		for (String respelled : new String[] { receipt + "=", receipt + "==", receipt + "%3D" }) {
			HttpResponse<String> answer = confirmationWith(respelled);
			assertThat(answer.statusCode()).as(respelled).isEqualTo(303);
			assertThat(answer.body()).doesNotContain("class=\"reference\"");
		}
	}

	private HttpResponse<String> confirmationWith(String receipt) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base() + "/consultation/confirmation"))
				.header("Cookie", "consultation_receipt=" + receipt)
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
