package com.nyfacialparalysis.system.pagecache;

import java.net.URI;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import com.nyfacialparalysis.testsupport.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Pages served from memory (before Spring Security's chain) are the pages the chain would
 * send: the same bytes and the same security headers, compressed, and revalidated with a
 * 304.
 */
@SiteTest
class RenderedPageCacheTest {

	private static final List<String> SECURITY_HEADERS = List.of("Content-Security-Policy", "X-Content-Type-Options",
			"X-Frame-Options", "Referrer-Policy", "Permissions-Policy", "Cache-Control");

	@Autowired
	MockMvc mvc;

	@Autowired
	MeterRegistry metrics;

	@Test
	void aPageFromMemoryCarriesTheSameBytesAndSecurityHeadersAsItsFirstRender() throws Exception {
		MockHttpServletResponse first = fetch("/conditions/bells-palsy", false);
		MockHttpServletResponse again = fetch("/conditions/bells-palsy", false);
		assertThat(first.getStatus()).isEqualTo(200);
		assertThat(again.getStatus()).isEqualTo(200);
		for (String header : SECURITY_HEADERS) {
			assertThat(first.getHeader(header)).as(header).isNotBlank();
			assertThat(again.getHeaders(header)).as(header).isEqualTo(first.getHeaders(header));
		}
		assertThat(again.getContentAsString()).isEqualTo(first.getContentAsString());
		assertThat(again.getHeader("ETag")).startsWith("W/\"");
		assertThat(again.getHeader("Set-Cookie")).isNull();
		assertThat(this.metrics.counter("site.pages.from.memory").count()).as("copies counted for the operator")
			.isPositive();
	}

	@Test
	void aBrowserThatAcceptsGzipGetsItAndARepeatVisitGetsA304() throws Exception {
		fetch("/treatments", false);
		MockHttpServletResponse gzipped = this.mvc.perform(get("/treatments").header("Accept-Encoding", "gzip, br"))
			.andReturn()
			.getResponse();
		assertThat(gzipped.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(gzipped.getContentAsByteArray()).startsWith((byte) 0x1f, (byte) 0x8b);
		MockHttpServletResponse repeat = this.mvc
			.perform(get("/treatments").header("If-None-Match", gzipped.getHeader("ETag")))
			.andReturn()
			.getResponse();
		assertThat(repeat.getStatus()).isEqualTo(304);
		assertThat(repeat.getHeader("Content-Security-Policy")).isNotBlank();
	}

	@Test
	void strictTransportSecurityIsSentOverHttpsOnlyEvenFromMemory() throws Exception {
		for (int i = 0; i < 2; i++) {
			assertThat(fetch("/contact", false).getHeader("Strict-Transport-Security")).isNull();
			assertThat(fetch("/contact", true).getHeader("Strict-Transport-Security")).contains("max-age=");
		}
	}

	@Test
	void searchesThatDifferOnlyInCapitalsAndSpacesAreOnePageKeptOnce() throws Exception {
		MockHttpServletResponse first = this.mvc.perform(get("/search").param("q", "  Facial \u00a0 TWITCH "))
			.andReturn()
			.getResponse();
		assertThat(first.getStatus()).isEqualTo(200);
		assertThat(first.getContentAsString()).contains("match \u201cfacial twitch\u201d",
				"/conditions/hemifacial-spasm");
		double before = this.metrics.counter("site.pages.from.memory").count();
		MockHttpServletResponse again = this.mvc.perform(get(URI.create("/search?q=facial%20twitch&utm_source=letter")))
			.andReturn()
			.getResponse();
		assertThat(this.metrics.counter("site.pages.from.memory").count()).isEqualTo(before + 1);
		assertThat(again.getContentAsString()).isEqualTo(first.getContentAsString());
		assertThat(again.getHeader("Content-Security-Policy")).isEqualTo(first.getHeader("Content-Security-Policy"));
	}

	private MockHttpServletResponse fetch(String path, boolean https) throws Exception {
		return this.mvc.perform(get(path).secure(https)).andReturn().getResponse();
	}

}
