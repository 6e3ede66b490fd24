package com.nyfacialparalysis.system.pagecache;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.util.unit.DataSize;

import com.nyfacialparalysis.system.site.SitePage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The cache's rules, checked on the filter itself with a stand-in for the rest of the
 * site: what it keeps, under which key, what it never keeps, and that its byte budgets
 * hold under a flood.
 */
class RenderedPageCacheRulesTest {

	private static final DataSize SEARCH_BUDGET = DataSize.ofMegabytes(1);

	/** Distinct searches in the flood. */
	private static final int FLOOD = 20_000;

	private static final MockServletContext SERVLET_CONTEXT = new MockServletContext();

	private final MeterRegistry metrics = new SimpleMeterRegistry();

	private final RenderedPageCache cache = new RenderedPageCache(SitePage.keptPages(), SitePage.keptSearches(),
			List.of("/"), new PageCacheProperties(true, DataSize.ofMegabytes(4), SEARCH_BUDGET), this.metrics);

	private final Site site = new Site();

	@Test
	void aHeadIsNeverKeptSoTheNextGetGetsTheWholePage() throws Exception {
		MockHttpServletResponse head = fetch(request("HEAD", "/contact"));
		assertThat(head.getStatus()).isEqualTo(200);
		assertThat(entries("pages")).isZero();
		MockHttpServletResponse get = fetch(request("GET", "/contact"));
		assertThat(get.getContentAsByteArray()).isEqualTo(Site.page("/contact"));
		assertThat(this.site.renders).isEqualTo(2);
		assertThat(entries("pages")).isOne();

		MockHttpServletResponse headFromMemory = fetch(request("HEAD", "/contact"));
		assertThat(this.site.renders).as("a HEAD is answered from memory once a GET was kept").isEqualTo(2);
		assertThat(headFromMemory.getContentLength()).isEqualTo(Site.page("/contact").length);
		assertThat(headFromMemory.getContentAsByteArray()).isEmpty();
		assertThat(fetch(request("GET", "/contact")).getContentAsByteArray()).isEqualTo(Site.page("/contact"));
	}

	@Test
	void anAnswerThatIsIncompleteOrNotForEveryoneIsNeverKept() throws Exception {
		List<Render> broken = List.of((request, response) -> {
			// A declared length the body does not reach: a cut-off answer.
			response.setContentLength(5000);
			response.getOutputStream().write(new byte[100]);
		}, (request, response) -> response.getOutputStream().write(new byte[0]), (request, response) -> {
			request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException());
			response.getOutputStream().write(new byte[100]);
		}, (request, response) -> {
			response.setStatus(404);
			response.getOutputStream().write(new byte[100]);
		}, (request, response) -> {
			response.addCookie(new Cookie("JSESSIONID", "personal"));
			response.getOutputStream().write(new byte[100]);
		}, (request, response) -> {
			response.getOutputStream().write(new byte[100]);
			((HttpServletRequest) request).getSession(true);
		}, (request, response) -> {
			response.setContentType(null);
			response.getOutputStream().write(new byte[100]);
		});
		for (Render render : broken) {
			this.site.render = render;
			fetch(request("GET", "/privacy"));
			assertThat(entries("pages")).isZero();
		}
	}

	@Test
	void anEncodedOrOddAddressPassesThroughUntouchedAndIsNeverKept() throws Exception {
		fetch(request("GET", "/conditions/bells-palsy"));
		assertThat(entries("pages")).isOne();
		// The address as sent beside the path the container decoded and normalised from
		// it.
		String[][] odd = { { "/conditions/%62ells-palsy", "/conditions/bells-palsy" },
				{ "/conditions/bells-palsy;jsessionid=x", "/conditions/bells-palsy" },
				{ "//conditions/bells-palsy", "/conditions/bells-palsy" },
				{ "/conditions/./bells-palsy", "/conditions/bells-palsy" },
				{ "/conditions/x/../bells-palsy", "/conditions/bells-palsy" },
				{ "/conditions/bells%2Dpalsy", "/conditions/bells-palsy" } };
		for (String[] address : odd) {
			MockHttpServletRequest request = request("GET", address[1]);
			request.setRequestURI(address[0]);
			int renders = this.site.renders;
			fetch(request);
			assertThat(this.site.renders).as(address[0]).isEqualTo(renders + 1);
			assertThat(this.site.lastRequest).as(address[0]).isSameAs(request);
		}
		assertThat(entries("pages")).isOne();
		assertThat(servedFromMemory()).isZero();
	}

	@Test
	void onlyTheUnchangingPagesAreKeptAndOnlyWithoutAQuery() throws Exception {
		fetch(request("GET", "/consultation"));
		fetch(request("GET", "/staff/requests"));
		MockHttpServletRequest withQuery = request("GET", "/conditions/bells-palsy");
		withQuery.setQueryString("utm_source=letter");
		fetch(withQuery);
		assertThat(entries("pages")).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "JSESSIONID", "SESSION", "jsessionid" })
	void aVisitorWithASessionCookieNeverMeetsTheCache(String cookie) throws Exception {
		fetch(request("GET", "/"));
		MockHttpServletRequest withSession = request("GET", "/");
		withSession.setCookies(new Cookie(cookie, "abc"));
		fetch(withSession);
		assertThat(this.site.renders).as("rendered afresh, not from memory").isEqualTo(2);
		assertThat(servedFromMemory()).isZero();

		MockHttpServletRequest newPage = request("GET", "/treatments");
		newPage.setCookies(new Cookie("theme", "dark"), new Cookie(cookie, "abc"));
		fetch(newPage);
		assertThat(entries("pages")).as("what a visitor with a session sees is never kept").isOne();
	}

	@Test
	void aSessionInTheAddressNeverMeetsTheCache() throws Exception {
		fetch(request("GET", "/"));
		MockHttpServletRequest withSession = request("GET", "/");
		withSession.setRequestedSessionId("abc");
		withSession.setRequestedSessionIdFromURL(true);
		fetch(withSession);
		assertThat(servedFromMemory()).isZero();
	}

	@Test
	void searchesAreKeptByTheirWordsAloneAndRenderedWithThoseWords() throws Exception {
		fetch(search("  Facial \u00a0 TWITCH  ", "page", "2"));
		assertThat(this.site.lastRequest.getParameterMap()).containsOnlyKeys("q");
		assertThat(this.site.lastRequest.getParameter("q")).isEqualTo("facial twitch");
		MockHttpServletResponse again = fetch(search("facial twitch"));
		assertThat(this.site.renders).isOne();
		assertThat(servedFromMemory()).isOne();
		assertThat(again.getContentAsString()).contains("q=facial twitch");
		assertThat(entries("search")).isOne();
		fetch(search(null));
		fetch(search(""));
		assertThat(entries("search")).as("no words and empty words are the same page").isEqualTo(2);
	}

	@Test
	void aSearchThatCannotBeKeptPassesThroughUntouched() throws Exception {
		MockHttpServletRequest twice = search("a");
		twice.addParameter("q", "b");
		MockHttpServletRequest control = search("a\u0000b");
		MockHttpServletRequest tooLong = search("word ".repeat(60));
		for (MockHttpServletRequest request : List.of(twice, control, tooLong)) {
			fetch(request);
			assertThat(this.site.lastRequest).isSameAs(request);
		}
		assertThat(entries("search")).isZero();
	}

	@Test
	void aQueryTheContainerRefusesIsRefusedToTheSiteToo() throws Exception {
		MockHttpServletRequest unreadable = new MockHttpServletRequest("GET", "/search") {
			private boolean refused;

			@Override
			public String[] getParameterValues(String name) {
				// Tomcat refuses an undecodable query once, on the first reading of a
				// parameter.
				if (!this.refused) {
					this.refused = true;
					throw new IllegalStateException("undecodable");
				}
				return super.getParameterValues(name);
			}
		};
		unreadable.setServletPath("/search");
		unreadable.setQueryString("q=%zz");
		this.site.render = (request, response) -> {
			assertThatIllegalStateException().isThrownBy(() -> request.getParameter("q"));
			response.setStatus(400);
		};
		fetch(unreadable);
		assertThat(this.site.renders).isOne();
		assertThat(entries("search")).isZero();
	}

	@Test
	void aFloodOfDistinctSearchesStaysWithinTheByteBudgetAndTheHeapStaysFlat() throws Exception {
		fetch(request("GET", "/"));
		long heapBefore = heapAfterGc();
		// Some 50 MB of pages (plain and compressed) through a 1 MB budget: a cache that
		// kept them all would outgrow the heap's allowance below many times over.
		for (int i = 0; i < FLOOD; i++) {
			fetch(search("flood " + i));
			if (i % 1_000 == 0) {
				assertThat(retainedBytes("search")).as("after %d searches", i)
					.isLessThanOrEqualTo(SEARCH_BUDGET.toBytes());
			}
		}
		assertThat(this.site.renders).isEqualTo(FLOOD + 1);
		assertThat(retainedBytes("search")).isLessThanOrEqualTo(SEARCH_BUDGET.toBytes()).isPositive();
		// The weights count at least every body byte held (plain and compressed), so the
		// budget is honest.
		long pageBytes = Site.page("/search?q=flood " + (FLOOD - 1)).length;
		assertThat(entries("search") * pageBytes).isLessThanOrEqualTo(SEARCH_BUDGET.toBytes());
		long grown = heapAfterGc() - heapBefore;
		assertThat(grown).as("live heap grown by the flood")
			.isLessThan(SEARCH_BUDGET.toBytes() + DataSize.ofMegabytes(4).toBytes());

		fetch(request("GET", "/"));
		assertThat(servedFromMemory()).as("the pages are still kept: searches have a budget of their own").isOne();
	}

	private MockHttpServletResponse fetch(MockHttpServletRequest request) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.cache.doFilter(request, response, this.site);
		return response;
	}

	/** A request as Tomcat hands it on when the dispatcher servlet is mapped to "/". */
	private static MockHttpServletRequest request(String method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(SERVLET_CONTEXT, method, path);
		request.setServletPath(path);
		return request;
	}

	private static MockHttpServletRequest search(String words, String... more) {
		MockHttpServletRequest request = request("GET", "/search");
		List<String> query = new ArrayList<>();
		if (words != null) {
			request.addParameter("q", words);
			query.add("q=" + words);
		}
		for (int i = 0; i < more.length; i += 2) {
			request.addParameter(more[i], more[i + 1]);
			query.add(more[i] + "=" + more[i + 1]);
		}
		request.setQueryString(query.isEmpty() ? null : String.join("&", query));
		return request;
	}

	private double servedFromMemory() {
		return this.metrics.get("site.pages.from.memory").counter().count();
	}

	private long entries(String cache) {
		return (long) this.metrics.get("site.pages.memory.entries").tag("cache", cache).gauge().value();
	}

	private long retainedBytes(String cache) {
		return (long) this.metrics.get("site.pages.memory.bytes").tag("cache", cache).gauge().value();
	}

	private static long heapAfterGc() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(50);
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	interface Render {

		void render(ServletRequest request, HttpServletResponse response) throws IOException;

	}

	/**
	 * A stand-in for the site behind the cache: a page of some 2.5 KB that names its
	 * address.
	 */
	static final class Site implements FilterChain {

		int renders;

		HttpServletRequest lastRequest;

		Render render = (request, response) -> {
			HttpServletRequest http = (HttpServletRequest) request;
			String query = http.getParameter("q");
			byte[] page = page(http.getServletPath() + ((query != null) ? "?q=" + query : ""));
			response.setContentLength(page.length);
			response.getOutputStream().write(page);
		};

		static byte[] page(String address) {
			String words = "<p>Bell's palsy is a sudden weakness of the muscles on one side of the face.</p>\n";
			return ("<!DOCTYPE html><title>" + address + "</title>\n" + words.repeat(30) + address)
				.getBytes(StandardCharsets.UTF_8);
		}

		@Override
		public void doFilter(ServletRequest request, ServletResponse response) throws IOException {
			this.renders++;
			this.lastRequest = (HttpServletRequest) request;
			HttpServletResponse http = (HttpServletResponse) response;
			http.setStatus(200);
			http.setContentType("text/html;charset=UTF-8");
			http.setHeader("Content-Security-Policy", "default-src 'self'");
			this.render.render(request, http);
		}

	}

}
