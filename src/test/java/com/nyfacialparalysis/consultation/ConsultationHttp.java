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
 * A person's browser, reduced to what the consultation form and the staff sign-in need:
 * its own cookies, a page's hidden fields, and a POST of the fields it fills in.
 * {@link #at(String)} is the same browser talking to another instance of the site
 * (cookies go to every port of a host, as in a browser).
 */
public final class ConsultationHttp {

	private static final Pattern REFERENCE = Pattern.compile("class=\"reference\">([A-Z0-9-]+)<");

	private static final Pattern HIDDEN = Pattern.compile("name=\"(_csrf|submissionToken)\" value=\"([^\"]*)\"");

	private final String base;

	private final HttpClient client;

	public ConsultationHttp(String base) {
		this(base,
				HttpClient.newBuilder()
					.cookieHandler(new CookieManager())
					.followRedirects(HttpClient.Redirect.NEVER)
					.build());
	}

	private ConsultationHttp(String base, HttpClient client) {
		this.base = base;
		this.client = client;
	}

	/**
	 * The same browser, with the same cookies, at another address (another instance of
	 * the site).
	 */
	public ConsultationHttp at(String otherBase) {
		return new ConsultationHttp(otherBase, this.client);
	}

	/**
	 * Opens the form and returns its hidden fields (the CSRF token and the one-time
	 * token).
	 */
	public Map<String, String> openForm() throws IOException, InterruptedException {
		return hiddenFields("/consultation");
	}

	/**
	 * Opens a page and returns the hidden fields of its form (the CSRF token, and the
	 * one-time token if any).
	 */
	public Map<String, String> hiddenFields(String path) throws IOException, InterruptedException {
		Matcher hidden = HIDDEN.matcher(fetch(path).body());
		Map<String, String> fields = new LinkedHashMap<>();
		while (hidden.find()) {
			fields.putIfAbsent(hidden.group(1), hidden.group(2));
		}
		return fields;
	}

	public HttpResponse<String> fetch(String path) throws IOException, InterruptedException {
		return send(get(path));
	}

	public HttpResponse<String> post(Map<String, String> fields) throws IOException, InterruptedException {
		return post("/consultation", fields);
	}

	public HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
		String body = fields.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/**
	 * Opens the form, fills it in validly, sends it, and returns the reference the
	 * confirmation shows.
	 */
	public String submitValid(Map<String, String> changes) throws IOException, InterruptedException {
		Map<String, String> fields = new LinkedHashMap<>(openForm());
		fields.putAll(validFields());
		fields.putAll(changes);
		return submitValidWithForm(fields);
	}

	/**
	 * Sends fields already gathered (hidden ones included) and returns the confirmation's
	 * reference.
	 */
	public String submitValidWithForm(Map<String, String> fields) throws IOException, InterruptedException {
		HttpResponse<String> response = post(fields);
		if (response.statusCode() != 303) {
			throw new IllegalStateException("Expected 303 but got " + response.statusCode());
		}
		return reference();
	}

	/** The reference on the confirmation page this browser is shown now. */
	public String reference() throws IOException, InterruptedException {
		Matcher reference = REFERENCE.matcher(fetch("/consultation/confirmation").body());
		if (!reference.find()) {
			throw new IllegalStateException("No reference on the confirmation page");
		}
		return reference.group(1);
	}

	public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	public static Map<String, String> validFields() {
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
