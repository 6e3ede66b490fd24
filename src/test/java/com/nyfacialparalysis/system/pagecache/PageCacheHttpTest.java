package com.nyfacialparalysis.system.pagecache;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import io.micrometer.core.instrument.MeterRegistry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.nyfacialparalysis.content.review.SignOffWatch;
import com.nyfacialparalysis.testsupport.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rendered-page cache over real HTTP, as a visitor, a crawler and an attacker meet
 * it: a HEAD first, other spellings of an address, and session cookies. Each test starts
 * with the shared site's pages forgotten, and uses addresses (and a search) no other test
 * asks for, so each meets them as a freshly started site does.
 */
@SiteTest
class PageCacheHttpTest {

	/**
	 * Tomcat and the cache leave a visitor with a session alone, so this cookie gets a
	 * fresh render.
	 */
	private static final String FRESH_RENDER = "JSESSIONID=fresh-render-for-comparison";

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry metrics;

	@Autowired
	PageCache cache;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Autowired
	SignOffWatch signOffs;

	@BeforeEach
	void asAFreshSite() {
		// Other tests on the shared site sign pages off; the watch then drops every kept
		// page at its next two looks (every 30 s), which could fall in the middle of a
		// test here and empty the cache it counts. Let it look twice now.
		this.signOffs.check();
		this.signOffs.check();
		this.cache.forgetAll();
	}

	@Test
	void aHeadFirstNeverEmptiesAPageASearchOrAFileForTheNextVisitor() throws Exception {
		Document home = Jsoup.parse(new String(send("GET", "/").body(), StandardCharsets.UTF_8));
		List<String> files = new ArrayList<>();
		home.select("link[rel=stylesheet], link[rel=icon]").forEach((link) -> files.add(link.attr("href")));
		home.select("script[src]").forEach((script) -> files.add(script.attr("src")));
		assertThat(files).anyMatch((file) -> file.matches("/assets/css/site-[0-9a-f]{32}\\.css"))
			.anyMatch((file) -> file.matches("/assets/js/site-[0-9a-f]{32}\\.js"));
		List<String> addresses = new ArrayList<>(
				List.of("/treatments/physical-therapy", "/search?q=botox+after+a+head"));
		addresses.addAll(files);

		for (String address : addresses) {
			HttpResponse<byte[]> head = send("HEAD", address);
			assertThat(head.statusCode()).as("HEAD %s", address).isEqualTo(200);
			assertThat(head.body()).isEmpty();

			HttpResponse<byte[]> get = send("GET", address);
			HttpResponse<byte[]> again = send("GET", address);
			HttpResponse<byte[]> gzipped = send("GET", address, "Accept-Encoding", "gzip");
			HttpResponse<byte[]> fresh = send("GET", address, "Cookie", FRESH_RENDER);
			assertThat(fresh.body()).as("fresh render of %s", address).isNotEmpty();
			for (HttpResponse<byte[]> response : List.of(get, again)) {
				assertThat(response.statusCode()).as(address).isEqualTo(200);
				assertThat(response.body()).as("GET %s after a HEAD", address).isEqualTo(fresh.body());
				assertThat(response.headers().firstValueAsLong("Content-Length")).as(address)
					.hasValue(fresh.body().length);
				assertThat(response.headers().firstValue("Content-Type")).as(address)
					.isEqualTo(fresh.headers().firstValue("Content-Type"));
				assertThat(response.headers().firstValue("Cache-Control")).as(address)
					.isEqualTo(fresh.headers().firstValue("Cache-Control"));
				assertThat(response.headers().firstValue("Content-Security-Policy")).as(address)
					.isEqualTo(fresh.headers().firstValue("Content-Security-Policy"));
			}
			assertThat(gzipped.headers().firstValue("Content-Encoding")).as(address).hasValue("gzip");
			assertThat(new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes()).as(address)
				.isEqualTo(fresh.body());
		}
		for (String file : files) {
			assertThat(send("GET", file).headers().firstValue("Cache-Control")).as(file)
				.hasValueSatisfying((value) -> assertThat(value).contains("max-age=31536000"));
		}
		assertThat(send("GET", "/treatments/physical-therapy").headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).contains("default-src 'self'"));
	}

	@Test
	void anotherSpellingOfAnAddressIsAnsweredByTheSiteAndNeverMakesAnEntry() throws Exception {
		byte[] page = send("GET", "/conditions/bells-palsy").body();
		assertThat(send("GET", "/conditions/bells-palsy").body()).isEqualTo(page);
		long entries = entries();
		double fromMemory = servedFromMemory();

		for (int i = 0; i < 3; i++) {
			for (String encoded : List.of("/conditions/%62ells-palsy", "/conditions/bells%2Dpalsy",
					"/%63onditions/bells-palsy")) {
				HttpResponse<byte[]> response = send("GET", encoded);
				assertThat(response.statusCode()).as(encoded).isEqualTo(200);
				assertThat(response.body()).as(encoded).isEqualTo(page);
			}
			// Spring Security's firewall still refuses these: the cache never answers
			// them first.
			for (String odd : List.of("/conditions/bells-palsy;jsessionid=abc", "/conditions/bells-palsy;x=y",
					"//conditions/bells-palsy", "/conditions/./bells-palsy", "/conditions/%2e/bells-palsy",
					"/conditions/x/../bells-palsy")) {
				assertThat(rawStatus(odd)).as(odd).isEqualTo(400);
			}
		}
		assertThat(entries()).as("entries in the page cache").isEqualTo(entries);
		assertThat(servedFromMemory()).as("answers from memory").isEqualTo(fromMemory);
	}

	@Test
	void aVisitorWithASessionCookieIsNeitherServedFromMemoryNorKept() throws Exception {
		send("GET", "/privacy");
		send("GET", "/privacy");
		double fromMemory = servedFromMemory();
		String setCookie = send("GET", "/test-only/session").headers().firstValue("Set-Cookie").orElseThrow();
		String session = setCookie.substring(0, setCookie.indexOf(';'));
		for (String cookie : List.of(session, "JSESSIONID=abc", "SESSION=abc", "theme=dark; SESSION=abc")) {
			HttpResponse<byte[]> response = send("GET", "/privacy", "Cookie", cookie);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(servedFromMemory()).as("served from memory with %s", cookie).isEqualTo(fromMemory);
		}
		long entries = entries();
		send("GET", "/accessibility", "Cookie", session);
		send("GET", "/accessibility", "Cookie", "SESSION=abc");
		send("GET", "/accessibility", "Cookie", "JSESSIONID=abc");
		assertThat(entries()).as("pages kept from visitors with a session").isEqualTo(entries);
	}

	private HttpResponse<byte[]> send(String method, String path, String... headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/**
	 * The status for an address sent exactly as written, with no client tidying it first.
	 */
	private int rawStatus(String path) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.getOutputStream()
				.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			String statusLine = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
			return Integer.parseInt(statusLine.substring(9, 12));
		}
	}

	private long entries() {
		return (long) this.metrics.get("site.pages.memory.entries").tag("cache", "pages").gauge().value();
	}

	private double servedFromMemory() {
		return this.metrics.get("site.pages.from.memory").counter().count();
	}

}
