package com.nyfacialparalysis.accounts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A browser on a loopback address of its own (127.0.0.2, 127.0.0.3, ...), as the outside
 * reviews attacked the desk from many addresses at once: plain HTTP/1.0 over a socket
 * bound to that address, its own cookies, no redirects followed. Java's own HTTP client
 * cannot choose the address it sends from.
 */
final class LoopbackBrowser {

	private final InetAddress from;

	private final int port;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	LoopbackBrowser(String fromAddress, int port) throws IOException {
		this.from = InetAddress.getByName(fromAddress);
		this.port = port;
	}

	/** An answer: its status, headers (names in lower case) and body. */
	record Answer(int status, Map<String, List<String>> headers, String body) {

		String location() {
			return this.headers.getOrDefault("location", List.of("")).get(0);
		}

		List<String> setCookies() {
			return this.headers.getOrDefault("set-cookie", List.of());
		}

	}

	Answer get(String path) throws IOException {
		return send("GET", path, null);
	}

	Answer head(String path) throws IOException {
		return send("HEAD", path, null);
	}

	/** Posts these fields as a form does, with nothing else (no token unless given). */
	Answer post(String path, Map<String, String> fields) throws IOException {
		String body = fields.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send("POST", path, body);
	}

	/** Opens {@code page} and sends its first form's hidden fields with these. */
	Answer submit(String page, String action, Map<String, String> fields) throws IOException {
		Map<String, String> all = new LinkedHashMap<>();
		for (Element hidden : Jsoup.parse(get(page).body()).select("form input[type=hidden]")) {
			all.putIfAbsent(hidden.attr("name"), hidden.attr("value"));
		}
		all.putAll(fields);
		return post(action, all);
	}

	/** The password step of signing in. */
	Answer signInWithPassword(String username, String password) throws IOException {
		return submit("/staff/login", "/staff/login", Map.of("username", username, "password", password));
	}

	Map<String, String> cookies() {
		return this.cookies;
	}

	private Answer send(String method, String path, String body) throws IOException {
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(this.from, 0));
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port), 10_000);
			socket.setSoTimeout(60_000);
			StringBuilder request = new StringBuilder();
			request.append(method).append(' ').append(path).append(" HTTP/1.0\r\n");
			request.append("Host: localhost:").append(this.port).append("\r\n");
			request.append("Accept: text/html\r\n");
			if (!this.cookies.isEmpty()) {
				request.append("Cookie: ")
					.append(this.cookies.entrySet()
						.stream()
						.map((e) -> e.getKey() + "=" + e.getValue())
						.collect(Collectors.joining("; ")))
					.append("\r\n");
			}
			byte[] content = (body != null) ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
			if (body != null) {
				request.append("Content-Type: application/x-www-form-urlencoded\r\n");
				request.append("Content-Length: ").append(content.length).append("\r\n");
			}
			request.append("\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
			out.write(content);
			out.flush();
			return read(socket.getInputStream());
		}
	}

	private Answer read(InputStream in) throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		in.transferTo(all);
		String text = all.toString(StandardCharsets.UTF_8);
		int end = text.indexOf("\r\n\r\n");
		String head = (end < 0) ? text : text.substring(0, end);
		String body = (end < 0) ? "" : text.substring(end + 4);
		String[] lines = head.split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			if (colon > 0) {
				headers
					.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
							(name) -> new ArrayList<>())
					.add(lines[i].substring(colon + 1).trim());
			}
		}
		for (String cookie : headers.getOrDefault("set-cookie", List.of())) {
			String pair = cookie.split(";", 2)[0];
			int equals = pair.indexOf('=');
			String name = pair.substring(0, equals).trim();
			String value = pair.substring(equals + 1).trim();
			boolean gone = value.isEmpty() || cookie.toLowerCase(Locale.ROOT).contains("max-age=0");
			if (gone) {
				this.cookies.remove(name);
			}
			else {
				this.cookies.put(name, value);
			}
		}
		return new Answer(status, headers, body);
	}

}
