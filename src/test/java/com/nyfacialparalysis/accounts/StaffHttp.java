package com.nyfacialparalysis.accounts;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A receptionist's browser over real HTTP: its own cookies, no redirects followed (so a
 * test sees each answer), a page's hidden fields, and a POST of the fields it fills in.
 * {@link #at(String)} is the same browser talking to another instance of the site
 * (cookies go to every port of a host, as in a browser).
 */
final class StaffHttp {

	private final String base;

	private final HttpClient client;

	StaffHttp(String base) {
		this(base,
				HttpClient.newBuilder()
					.cookieHandler(new CookieManager())
					.followRedirects(HttpClient.Redirect.NEVER)
					.build());
	}

	private StaffHttp(String base, HttpClient client) {
		this.base = base;
		this.client = client;
	}

	/** The same browser, with the same cookies, at another instance of the site. */
	StaffHttp at(String otherBase) {
		return new StaffHttp(otherBase, this.client);
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept", "text/html").GET().build());
	}

	Document page(String path) throws IOException, InterruptedException {
		return Jsoup.parse(get(path).body());
	}

	/** The hidden fields of the first form on a page (its CSRF token). */
	Map<String, String> hiddenFields(String path) throws IOException, InterruptedException {
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element hidden : page(path).select("form input[type=hidden]")) {
			fields.putIfAbsent(hidden.attr("name"), hidden.attr("value"));
		}
		return fields;
	}

	/**
	 * Opens {@code page}, fills in its form with {@code fields} and sends it to
	 * {@code action}.
	 */
	HttpResponse<String> submit(String page, String action, Map<String, String> fields)
			throws IOException, InterruptedException {
		Map<String, String> all = new LinkedHashMap<>(hiddenFields(page));
		all.putAll(fields);
		return post(action, all);
	}

	/**
	 * As {@link #submit}, with fields that may repeat (several boxes ticked under one
	 * name).
	 */
	HttpResponse<String> submitAll(String page, String action, List<Map.Entry<String, String>> fields)
			throws IOException, InterruptedException {
		List<Map.Entry<String, String>> all = new ArrayList<>(hiddenFields(page).entrySet());
		all.addAll(fields);
		return post(action, all);
	}

	HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
		return post(path, List.copyOf(fields.entrySet()));
	}

	private HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields)
			throws IOException, InterruptedException {
		String body = fields.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/** Sends the password step of the sign-in form. */
	HttpResponse<String> signInWithPassword(String username, String password) throws IOException, InterruptedException {
		return submit("/staff/login", "/staff/login", Map.of("username", username, "password", password));
	}

	HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse("");
	}

}
