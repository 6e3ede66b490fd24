package com.nyfacialparalysis.consultation;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser, reduced to what the consultation form needs: its own cookies, the form's hidden
 * fields, and a POST of the fields it fills in.
 */
final class ConsultationHttp {

	private static final Pattern REFERENCE = Pattern.compile("class=\"reference\">([A-Z0-9-]+)<");

	private final String base;

	private final HttpClient client;

	ConsultationHttp(String base) {
		this.base = base;
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** Opens the form and returns its hidden fields (the CSRF token and the one-time token). */
	Map<String, String> openForm() throws IOException, InterruptedException {
		String html = this.client.send(get("/consultation"), HttpResponse.BodyHandlers.ofString()).body();
		Map<String, String> hidden = new LinkedHashMap<>();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"").matcher(html);
		if (csrf.find()) {
			hidden.put("_csrf", csrf.group(1));
		}
		Matcher token = Pattern.compile("name=\"submissionToken\" value=\"([^\"]*)\"").matcher(html);
		if (token.find()) {
			hidden.put("submissionToken", token.group(1));
		}
		return hidden;
	}

	HttpResponse<String> post(Map<String, String> fields) throws IOException, InterruptedException {
		String body = fields.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return this.client.send(HttpRequest.newBuilder(URI.create(this.base + "/consultation"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Opens the form, fills it in validly, sends it, and returns the reference the confirmation shows. */
	String submitValid(Map<String, String> changes) throws IOException, InterruptedException {
		Map<String, String> fields = new LinkedHashMap<>(openForm());
		fields.putAll(validFields());
		fields.putAll(changes);
		return submitValidWithForm(fields);
	}

	/** Sends fields already gathered (hidden ones included) and returns the confirmation's reference. */
	String submitValidWithForm(Map<String, String> fields) throws IOException, InterruptedException {
		HttpResponse<String> response = post(fields);
		if (response.statusCode() != 303) {
			throw new IllegalStateException("Expected 303 but got " + response.statusCode());
		}
		String confirmation = this.client.send(get("/consultation/confirmation"), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher reference = REFERENCE.matcher(confirmation);
		if (!reference.find()) {
			throw new IllegalStateException("No reference on the confirmation page");
		}
		return reference.group(1);
	}

	HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	static Map<String, String> validFields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("fullName", "Maria Garcia");
		fields.put("phone", "(212) 555-0123");
		fields.put("email", "maria@example.com");
		fields.put("preferredContact", "PHONE");
		fields.put("suddenWeakness", "NO");
		fields.put("concern", "bells-palsy");
		fields.put("message", "My face started twitching in May.");
		fields.put("consent", "true");
		return fields;
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept", "text/html").GET().build();
	}

}
