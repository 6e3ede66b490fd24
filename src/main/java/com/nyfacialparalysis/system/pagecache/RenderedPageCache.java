package com.nyfacialparalysis.system.pagecache;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import com.nyfacialparalysis.system.site.SpanishPreference;

/**
 * Serves the pages patients read from memory. Their words change only when a reviewed
 * content file changes, which means a new deployment, so each page is rendered once, on
 * its first request, and kept with its ETag and its gzip form worked out in advance.
 *
 * <p>
 * It runs first, before the request metrics, Spring Session and Spring Security's filter
 * chain, so a page served from memory skips that work (such pages are counted in
 * {@code site.pages.from.memory}); the first render goes through the whole chain, and the
 * headers it wrote (the Content-Security-Policy and the other security headers) are kept
 * with the page and sent again with every copy. HSTS is written only over HTTPS, so pages
 * are kept apart by scheme.
 *
 * <p>
 * What is kept: only a complete answer to a GET (a HEAD is answered from memory but never
 * kept), a 200 with all of its body, no cookie, no error and nothing sent early, for a
 * visitor without a session. A request that carries a session cookie (Spring Session's
 * {@code SESSION}, the container's {@code JSESSIONID}) or a session in its address never
 * meets the cache: the cache runs before Spring Session's filter and could not otherwise
 * tell a signed-in member of staff from a reader.
 *
 * <p>
 * Addresses: a page is kept under its decoded, normalised path, as the servlet container
 * hands it to Spring (the servlet path), and only when the address as sent is already in
 * that form. Any other spelling of an address (percent-encoded letters, {@code ;}
 * parameters, {@code //}, {@code ./}) passes through untouched, so the framework and its
 * firewall answer it exactly as they would without the cache, and it never makes an
 * entry. Search results are kept by their words alone ({@link SearchWords}) in a cache of
 * their own. Both caches have a byte budget ({@link PageCacheProperties}); the least
 * useful pages are forgotten first.
 */
class RenderedPageCache extends OncePerRequestFilter {

	private static final Set<String> SESSION_COOKIES = Set.of("JSESSIONID", "SESSION");

	private final List<PathPattern> unchanging;

	private final Set<String> searchPaths;

	private final Set<String> varyingWithSpanishPreference;

	private final Cache<String, CachedPage> pages;

	private final Cache<String, CachedPage> searches;

	private final Counter servedFromMemory;

	RenderedPageCache(List<String> unchanging, List<String> searchPaths, List<String> varyingWithSpanishPreference,
			PageCacheProperties budgets, MeterRegistry metrics) {
		this.unchanging = unchanging.stream().map(PathPatternParser.defaultInstance::parse).toList();
		this.searchPaths = Set.copyOf(searchPaths);
		this.varyingWithSpanishPreference = Set.copyOf(varyingWithSpanishPreference);
		this.pages = cache(budgets.pagesBudget(), "pages", metrics);
		this.searches = cache(budgets.searchBudget(), "search", metrics);
		this.servedFromMemory = Counter.builder("site.pages.from.memory")
			.description("Pages answered from the rendered-page cache (these skip http.server.requests)")
			.register(metrics);
	}

	private static Cache<String, CachedPage> cache(DataSize budget, String name, MeterRegistry metrics) {
		Cache<String, CachedPage> cache = Caffeine.newBuilder()
			.maximumWeight(budget.toBytes())
			.weigher((String key, CachedPage page) -> page.weigh(key))
			// Evict on the thread that adds, so the budget holds after every request,
			// even under a flood.
			.executor(Runnable::run)
			.build();
		Gauge.builder("site.pages.memory.bytes", cache, RenderedPageCache::retainedBytes)
			.description("Memory held by the rendered-page cache, as its byte budget counts it")
			.baseUnit("bytes")
			.tag("cache", name)
			.register(metrics);
		Gauge.builder("site.pages.memory.entries", cache, Cache::estimatedSize)
			.description("Answers held by the rendered-page cache")
			.tag("cache", name)
			.register(metrics);
		return cache;
	}

	private static double retainedBytes(Cache<String, CachedPage> cache) {
		return cache.policy().eviction().map((eviction) -> eviction.weightedSize().orElse(0)).orElse(0L);
	}

	/**
	 * Forgets every page kept (search results say nothing of a page's review, and stay),
	 * so each is rendered afresh on its next request: a clinician's sign-off changes what
	 * the medical pages say about their review.
	 */
	void forgetAll() {
		this.pages.invalidateAll();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return true;
		}
		return carriesSession(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Address address = address(request);
		if (address.cache() == null) {
			chain.doFilter(address.request(), response);
			return;
		}
		CachedPage page = address.cache().getIfPresent(address.key());
		if (page != null) {
			this.servedFromMemory.increment();
			page.writeTo(request, response);
			return;
		}
		if (!"GET".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(address.request(), rendering);
		if (isComplete(request, rendering, response)) {
			address.cache().asMap().putIfAbsent(address.key(), CachedPage.of(rendering));
		}
		rendering.copyBodyToResponse();
	}

	/** Where an answer to this request is kept, if it is ever kept. */
	private Address address(HttpServletRequest request) {
		String path = normalisedPath(request);
		if (path == null) {
			return Address.untouched(request);
		}
		String scheme = request.isSecure() ? "https:" : "http:";
		if (this.searchPaths.contains(path)) {
			String words;
			try {
				words = SearchWords.of(request);
			}
			catch (IllegalStateException unreadable) {
				return Address.untouched(SearchWords.refused(request, unreadable));
			}
			return (words != null)
					? new Address(this.searches, scheme + path + "?q=" + words, new SearchWords(request, words))
					: Address.untouched(request);
		}
		if (request.getQueryString() != null) {
			return Address.untouched(request);
		}
		PathContainer parsed = PathContainer.parsePath(path);
		if (this.unchanging.stream().noneMatch((pattern) -> pattern.matches(parsed))) {
			return Address.untouched(request);
		}
		// The English home page tells a reader whose browser asks for Spanish first
		// that there is a Spanish site: such readers get a copy of their own.
		String preference = (this.varyingWithSpanishPreference.contains(path) && SpanishPreference.of(request))
				? "#prefers-es" : "";
		return new Address(this.pages, scheme + path + preference, request);
	}

	/**
	 * The path the framework matches (decoded and normalised by the servlet container),
	 * when the address was sent in exactly that form; otherwise {@code null}.
	 */
	static String normalisedPath(HttpServletRequest request) {
		String pathInfo = request.getPathInfo();
		String path = (pathInfo != null) ? request.getServletPath() + pathInfo : request.getServletPath();
		String uri = request.getRequestURI();
		String contextPath = request.getContextPath();
		boolean asSent = uri.length() == contextPath.length() + path.length() && uri.startsWith(contextPath)
				&& uri.endsWith(path);
		return (asSent && !path.isEmpty()) ? path : null;
	}

	/**
	 * Whether the request carries a session (its id in a cookie or the address, or one
	 * begun on the way): such a visitor may be signed in, and is never answered from
	 * memory.
	 */
	static boolean carriesSession(HttpServletRequest request) {
		if (request.getRequestedSessionId() != null || request.getSession(false) != null) {
			return true;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return false;
		}
		String configured = request.getServletContext().getSessionCookieConfig().getName();
		for (Cookie cookie : cookies) {
			String name = cookie.getName();
			if (SESSION_COOKIES.contains(name.toUpperCase(Locale.ROOT)) || name.equalsIgnoreCase(configured)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the chain gave a whole answer that any reader may have: a 200 with all of
	 * its body and no cookie, after no error, with nothing sent around the copy, and
	 * without a session begun on the way.
	 */
	private static boolean isComplete(HttpServletRequest request, ContentCachingResponseWrapper rendering,
			HttpServletResponse response) {
		int length = rendering.getContentSize();
		String declared = rendering.getHeader(HttpHeaders.CONTENT_LENGTH);
		return rendering.getStatus() == HttpServletResponse.SC_OK && length > 0
				&& (declared == null || declared.equals(Integer.toString(length))) && !response.isCommitted()
				&& !request.isAsyncStarted() && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) == null
				&& request.getAttribute(DispatcherServlet.EXCEPTION_ATTRIBUTE) == null
				&& rendering.getContentType() != null && !rendering.containsHeader(HttpHeaders.SET_COOKIE)
				&& !rendering.containsHeader(HttpHeaders.CONTENT_ENCODING)
				&& !rendering.containsHeader(HttpHeaders.TRANSFER_ENCODING) && request.getSession(false) == null;
	}

	/**
	 * The cache and key of an answer, and the request to render it with; no cache for one
	 * never kept.
	 */
	private record Address(Cache<String, CachedPage> cache, String key, HttpServletRequest request) {

		static Address untouched(HttpServletRequest request) {
			return new Address(null, null, request);
		}

	}

}
