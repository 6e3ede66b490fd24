package com.nyfacialparalysis.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.util.AntPathMatcher;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves the pages patients read from memory. Their words change only when a reviewed
 * content file changes, which means a new deployment, so each page is rendered once, on
 * its first request, and kept with its ETag and its gzip form worked out in advance.
 *
 * <p>
 * It runs first, before the request metrics and Spring Security's filter chain, so a page
 * served from memory skips that work (such pages are counted in
 * {@code site.pages.from.memory}); the first render goes through the whole chain, and the
 * headers it wrote (the Content-Security-Policy and the other security headers) are kept
 * with the page and sent again with every copy. HSTS is written only over HTTPS, so pages
 * are kept apart by scheme. Only a 200 answer without a cookie, to a GET from a visitor
 * without a session, is kept or served: anything personal (a form, a signed-in member of
 * staff) is always rendered afresh. Addresses with a query are kept only for the pages
 * named as searchable (search results depend only on the content too), in a bounded cache
 * that forgets the least used first, so odd queries cannot fill the memory.
 */
class RenderedPageCache extends OncePerRequestFilter {

	private static final AntPathMatcher PATHS = new AntPathMatcher();

	private static final int MAX_PAGES = 2_000;

	private final List<String> cacheable;

	private final List<String> withQuery;

	private final Cache<String, CachedPage> pages = Caffeine.newBuilder().maximumSize(MAX_PAGES).build();

	private final Counter servedFromMemory;

	RenderedPageCache(List<String> cacheable, List<String> withQuery, MeterRegistry metrics) {
		this.cacheable = List.copyOf(cacheable);
		this.withQuery = List.copyOf(withQuery);
		this.servedFromMemory = Counter.builder("site.pages.from.memory")
			.description("Pages answered from the rendered-page cache (these skip http.server.requests)")
			.register(metrics);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return true;
		}
		return request.getSession(false) != null || request.getRequestedSessionId() != null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = request.getQueryString();
		String key = (request.isSecure() ? "https:" : "http:")
				+ ((query == null) ? request.getRequestURI() : request.getRequestURI() + "?" + query);
		// Only cacheable addresses are ever kept, so a page found here needs no further
		// check.
		CachedPage page = this.pages.getIfPresent(key);
		if (page != null) {
			this.servedFromMemory.increment();
			page.writeTo(request, response);
			return;
		}
		if (!isCacheable(request.getRequestURI(), query)) {
			chain.doFilter(request, response);
			return;
		}
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		if (rendering.getStatus() == HttpServletResponse.SC_OK && !rendering.containsHeader(HttpHeaders.SET_COOKIE)
				&& rendering.getContentType() != null && request.getSession(false) == null) {
			this.pages.asMap().putIfAbsent(key, CachedPage.of(rendering));
		}
		rendering.copyBodyToResponse();
	}

	private boolean isCacheable(String path, String query) {
		if (query != null) {
			return this.withQuery.contains(path) && query.length() <= 300;
		}
		return this.cacheable.stream().anyMatch((pattern) -> PATHS.match(pattern, path));
	}

	/**
	 * Headers that describe one answer's bytes or connection rather than the page; never
	 * replayed.
	 */
	private static final Set<String> NOT_KEPT = Set.of("content-length", "content-encoding", "content-type",
			"transfer-encoding", "date", "etag", "vary", "connection", "keep-alive", "set-cookie");

	private record CachedPage(byte[] body, byte[] gzipped, String etag, String contentType,
			Map<String, List<String>> headers) {

		static CachedPage of(ContentCachingResponseWrapper rendering) {
			byte[] body = rendering.getContentAsByteArray();
			String etag = "W/\"0" + DigestUtils.md5DigestAsHex(body) + "\"";
			Map<String, List<String>> headers = new LinkedHashMap<>();
			for (String name : rendering.getHeaderNames()) {
				if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
					headers.putIfAbsent(name, List.copyOf(rendering.getHeaders(name)));
				}
			}
			return new CachedPage(body, gzip(body), etag, rendering.getContentType(), Map.copyOf(headers));
		}

		void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
			this.headers.forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
			response.setHeader(HttpHeaders.ETAG, this.etag);
			response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
			String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
			if (ifNoneMatch != null && ifNoneMatch.contains(this.etag.substring(2))) {
				response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				return;
			}
			response.setContentType(this.contentType);
			String acceptEncoding = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
			byte[] bytes = this.body;
			if (acceptEncoding != null && acceptEncoding.contains("gzip")) {
				bytes = this.gzipped;
				response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			}
			response.setContentLength(bytes.length);
			if (!"HEAD".equals(request.getMethod())) {
				response.getOutputStream().write(bytes);
			}
		}

		private static byte[] gzip(byte[] body) {
			ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
			try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
				gzip.write(body);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return out.toByteArray();
		}

	}

}
