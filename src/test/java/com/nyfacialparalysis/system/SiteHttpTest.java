package com.nyfacialparalysis.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import com.nyfacialparalysis.testsupport.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site as a browser and a search engine meet it over real HTTP: compression, caching,
 * headers, the sitemap, and no broken link anywhere.
 */
@SiteTest
class SiteHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void pagesAreCompressedWhenTheBrowserAsksForIt() throws Exception {
		HttpResponse<byte[]> response = send(
				request("/conditions/hemifacial-spasm").header("Accept-Encoding", "gzip").build());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
		String html = new String(new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes(),
				StandardCharsets.UTF_8);
		assertThat(html).contains("<h1>Hemifacial spasm</h1>");
	}

	@Test
	void aBrowserThatPrefersSpanishStillGetsTheEnglishPageItAskedFor() throws Exception {
		for (int i = 0; i < 2; i++) {
			Document contact = Jsoup
				.parse(text(send(request("/contact").header("Accept-Language", "es-US,es;q=0.9").build())));
			assertThat(contact.select("html").attr("lang")).isEqualTo("en");
			assertThat(contact.select("a.skip-link").text()).isEqualTo("Skip to main content");
		}
	}

	@Test
	void aRepeatVisitIsAnsweredWith304WhenThePageHasNotChanged() throws Exception {
		HttpResponse<byte[]> first = send(request("/conditions/bells-palsy").build());
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(first.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("no-cache"));
		HttpResponse<byte[]> second = send(request("/conditions/bells-palsy").header("If-None-Match", etag).build());
		assertThat(second.statusCode()).isEqualTo(304);
		assertThat(second.body()).isEmpty();
	}

	@Test
	void theStylesheetHasAFingerprintedAddressCachedForAYear() throws Exception {
		Document home = Jsoup.parse(text(send(request("/").build())));
		String css = home.select("link[rel=stylesheet]").first().attr("href");
		assertThat(css).matches("/assets/css/site-[0-9a-f]{32}\\.css");
		assertThat(home.select("link[rel=stylesheet][media=print]").attr("href"))
			.matches("/assets/css/print-[0-9a-f]{32}\\.css");
		assertThat(home.select("script[src]").attr("src")).matches("/assets/js/site-[0-9a-f]{32}\\.js");
		HttpResponse<byte[]> response = send(request(css).build());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("max-age=31536000"));
	}

	@Test
	void everyPageIsSentWithStrictSecurityHeadersAndNoServerVersion() throws Exception {
		HttpResponse<byte[]> response = send(request("/").build());
		var headers = response.headers();
		assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(
				(csp) -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "form-action 'self'")
					.doesNotContain("unsafe-inline"));
		assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(headers.firstValue("Referrer-Policy")).isPresent();
		assertThat(headers.firstValue("Permissions-Policy")).isPresent();
		assertThat(headers.firstValue("Server")).isEmpty();
	}

	@Test
	void aReaderWhoOnlyReadsGetsNoCookie() throws Exception {
		for (String path : new String[] { "/", "/conditions/bells-palsy", "/search?q=twitch", "/contact" }) {
			assertThat(send(request(path).build()).headers().allValues("Set-Cookie")).as("cookies on %s", path)
				.isEmpty();
		}
	}

	@Test
	void theSitemapListsEveryPublicPageWithItsDateAndRobotsPointsToIt() throws Exception {
		String sitemap = text(send(request("/sitemap.xml").build()));
		for (String path : new String[] { "/", "/conditions", "/conditions/hemifacial-spasm",
				"/conditions/other-neurological-disorders", "/treatments", "/treatments/microvascular-decompression",
				"/consultation", "/contact", "/privacy", "/accessibility", "/your-visit" }) {
			assertThat(sitemap).contains("<loc>https://www.example-clinic.test" + path + "</loc>");
		}
		assertThat(sitemap).containsPattern("<lastmod>\\d{4}-\\d{2}-\\d{2}</lastmod>").doesNotContain("/staff");
		String robots = text(send(request("/robots.txt").build()));
		assertThat(robots).contains("Disallow: /staff/", "Sitemap: https://www.example-clinic.test/sitemap.xml");
	}

	@Test
	void anUnknownAddressGetsTheSites404PageWithoutAnyTechnicalDetail() throws Exception {
		HttpResponse<byte[]> response = send(request("/no/such/page").build());
		assertThat(response.statusCode()).isEqualTo(404);
		String html = text(response);
		assertThat(html).contains("Page not found").doesNotContain("Whitelabel", "Exception", "at com.", "at org.");
	}

	@Test
	void anUnknownConditionIsACalmNotFoundPageWithTheClinicsPhone() throws Exception {
		HttpResponse<byte[]> response = send(request("/conditions/no-such-thing").build());
		assertThat(response.statusCode()).isEqualTo(404);
		Document page = Jsoup.parse(text(response));
		assertThat(page.select("h1").text()).isEqualTo("Page not found");
		assertThat(page.text()).doesNotContain("Exception", "No such page", "Whitelabel");
		assertThat(page.select("a[href=tel:+12124344050]")).isNotEmpty();
	}

	@Test
	void aFailureShowsTheCalm500PageWithoutAnyTechnicalDetail() throws Exception {
		for (String path : new String[] { "/test-only/broken", "/test-only/broken-template" }) {
			HttpResponse<byte[]> response = send(request(path).build());
			assertThat(response.statusCode()).as(path).isEqualTo(500);
			String html = text(response);
			assertThat(Jsoup.parse(html).select("h1").text()).as(path).isEqualTo("Sorry, something went wrong");
			assertThat(html).doesNotContain("secret internal detail", "Exception", "nothing.here", "at com.");
		}
	}

	@Test
	void traceIsRefused() throws Exception {
		HttpResponse<byte[]> response = send(request("/").method("TRACE", HttpRequest.BodyPublishers.noBody()).build());
		assertThat(response.statusCode()).isEqualTo(405);
	}

	@Test
	void thereIsNoBuiltInAccountOrGeneratedPassword() {
		assertThat(this.context.getBeanNamesForType(InMemoryUserDetailsManager.class)).isEmpty();
	}

	@Test
	void theOperatorsHealthCheckIsOpenAndNothingElseOperationalIs() throws Exception {
		assertThat(send(request("/actuator/health").build()).statusCode()).isEqualTo(200);
		assertThat(send(request("/actuator/health/liveness").build()).statusCode()).isEqualTo(200);
		assertThat(send(request("/actuator/health/readiness").build()).statusCode()).isEqualTo(200);
		for (String path : new String[] { "/actuator/env", "/actuator/beans", "/actuator", "/actuator/prometheus",
				"/actuator/metrics", "/h2-console" }) {
			assertThat(send(request(path).build()).statusCode()).as(path).isIn(401, 403, 404);
		}
	}

	@Test
	void followingEveryInternalLinkFromTheHomePageFindsNoBrokenOne() throws Exception {
		Deque<String> queue = new ArrayDeque<>();
		Set<String> seen = new HashSet<>();
		Map<String, String> broken = new LinkedHashMap<>();
		queue.add("/");
		seen.add("/");
		while (!queue.isEmpty()) {
			String path = queue.poll();
			HttpResponse<byte[]> response = send(request(path).build());
			if (response.statusCode() != 200) {
				broken.put(path, "answered " + response.statusCode());
				continue;
			}
			String type = response.headers().firstValue("Content-Type").orElse("");
			if (!type.startsWith("text/html")) {
				continue;
			}
			Document page = Jsoup.parse(text(response), "http://localhost:" + this.port + path);
			for (var link : page.select("a[href], link[href], script[src], img[src]")) {
				String url = link.hasAttr("href") ? link.absUrl("href") : link.absUrl("src");
				if (!url.startsWith("http://localhost:" + this.port)) {
					continue;
				}
				String target = URI.create(url).getRawPath();
				String query = URI.create(url).getRawQuery();
				String full = query == null ? target : target + "?" + query;
				if (seen.add(full)) {
					queue.add(full);
				}
			}
		}
		assertThat(broken).as("broken internal links").isEmpty();
		assertThat(seen).contains("/conditions/hemifacial-spasm", "/treatments/microvascular-decompression",
				"/consultation", "/privacy", "/accessibility", "/contact", "/your-visit");
		assertThat(seen).as("the illustrations are served from fingerprinted addresses")
			.anySatisfy((path) -> assertThat(path).matches("/assets/illustrations/facial-nerve-[0-9a-f]{32}\\.svg"));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			.GET();
	}

	private HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
		return this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String text(HttpResponse<byte[]> response) {
		return new String(response.body(), StandardCharsets.UTF_8);
	}

}
