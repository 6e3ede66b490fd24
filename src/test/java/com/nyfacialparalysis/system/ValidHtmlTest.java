package com.nyfacialparalysis.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import com.nyfacialparalysis.testsupport.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page the site serves, error pages included, is valid HTML by the Nu HTML checker:
 * no errors at all.
 */
@SiteTest
class ValidHtmlTest {

	static final List<String> PAGES = EnglishPages.ALL;

	static final List<String> SPANISH_PAGES = SpanishPages.ALL;

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0}")
	@FieldSource("PAGES")
	void isValidHtml(String path) throws Exception {
		String html = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(NuHtmlChecker.errors(html)).as("HTML errors on %s", path).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("SPANISH_PAGES")
	void isValidHtmlInSpanish(String path) throws Exception {
		isValidHtml(path);
	}

	@Test
	void theCheckerCatchesAnInvalidPage() {
		String invalid = "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p><div>block in p</div>"
				+ "<li>stray item</li><span></p></body></html>";
		assertThat(NuHtmlChecker.errors(invalid)).isNotEmpty();
	}

}
