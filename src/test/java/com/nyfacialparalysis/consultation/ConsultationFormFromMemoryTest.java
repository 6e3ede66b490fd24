package com.nyfacialparalysis.consultation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import com.nyfacialparalysis.accounts.Role;
import com.nyfacialparalysis.accounts.StaffTestUsers;
import com.nyfacialparalysis.content.review.SignOffWatch;
import com.nyfacialparalysis.requests.StoredRequests;
import com.nyfacialparalysis.system.pagecache.PageCache;
import com.nyfacialparalysis.testsupport.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The blank consultation form is written from a render kept in memory, with only each
 * visitor's own tokens filled in (system.pagecache.BlankForms). Over real HTTP: every
 * visitor gets tokens of their own that work, the page is byte for byte the one a fresh
 * render gives once the tokens are set aside, and a form with problems, a query, a
 * session or a signed-in member of staff is never served from memory.
 */
@SiteTest
class ConsultationFormFromMemoryTest {

	private static final Pattern HIDDEN = Pattern.compile("name=\"(_csrf|submissionToken)\" value=\"([^\"]*)\"");

	/** Headers that belong to one answer's bytes or moment, not to the page. */
	private static final Set<String> PER_ANSWER = Set.of("date", "set-cookie", "content-length", "transfer-encoding",
			"keep-alive", "connection");

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry metrics;

	@Autowired
	PageCache pageCache;

	@Autowired
	SignOffWatch signOffs;

	@Autowired
	StoredRequests requests;

	@Autowired
	MockMvc mvc;

	/** A visitor's browser without any cookie: each request is a first visit. */
	private final HttpClient firstVisit = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeEach
	void asAFreshSite() {
		// Other tests sign pages off; the watch then drops every kept page at its next
		// two looks, which could fall in the middle of a test here.
		this.signOffs.check();
		this.signOffs.check();
		this.pageCache.forgetAll();
	}

	@Test
	void twoVisitorsGetTokensOfTheirOwnAndEachOneSendsTheirRequest() throws Exception {
		ConsultationHttp first = new ConsultationHttp(base());
		ConsultationHttp second = new ConsultationHttp(base());
		first.openForm();
		double before = fromMemory();

		Map<String, String> firstForm = first.openForm();
		Map<String, String> secondForm = second.openForm();

		assertThat(fromMemory() - before).as("both forms from memory").isEqualTo(2);
		assertThat(firstForm.get("submissionToken")).isNotBlank().isNotEqualTo(secondForm.get("submissionToken"));
		assertThat(firstForm.get("_csrf")).isNotBlank().isNotEqualTo(secondForm.get("_csrf"));
		assertThat(first.openForm().get("submissionToken")).as("a new token each time the form is opened")
			.isNotEqualTo(firstForm.get("submissionToken"));

		Map<String, String> firstSends = new LinkedHashMap<>(firstForm);
		firstSends.putAll(ConsultationHttp.validFields());
		firstSends.put("fullName", "Flora From-Memory");
		Map<String, String> secondSends = new LinkedHashMap<>(secondForm);
		secondSends.putAll(ConsultationHttp.validFields());
		secondSends.put("fullName", "Silas From-Memory");
		assertThat(first.post(firstSends).statusCode()).isEqualTo(303);
		String firstReference = first.reference();
		assertThat(second.post(secondSends).statusCode()).isEqualTo(303);
		String secondReference = second.reference();

		assertThat(this.requests.findByReference(firstReference).orElseThrow().getFullName())
			.isEqualTo("Flora From-Memory");
		assertThat(this.requests.findByReference(secondReference).orElseThrow().getFullName())
			.isEqualTo("Silas From-Memory");
	}

	@Test
	void oneVisitorsTokensNeverReachAnotherVisitorsPage() throws Exception {
		HttpResponse<String> rendered = open("/consultation");
		HttpResponse<String> fromMemory = open("/consultation");
		HttpResponse<String> next = open("/consultation");

		for (HttpResponse<String> earlier : List.of(rendered, fromMemory)) {
			for (String value : hiddenFields(earlier.body()).values()) {
				assertThat(next.body()).doesNotContain(value);
			}
			assertThat(csrfCookie(next)).isNotEqualTo(csrfCookie(earlier));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/consultation", "/es/consulta" })
	void theFormFromMemoryIsTheRenderedFormWithOtherTokens(String form) throws Exception {
		double before = fromMemory();
		HttpResponse<String> keptWhenRendered = open(form);
		HttpResponse<String> fromMemory = open(form);
		assertThat(fromMemory() - before).as("only the second from memory").isEqualTo(1);
		// Tomcat and the cache leave a visitor with a session alone: a fresh render.
		HttpResponse<String> freshRender = this.firstVisit.send(
				request(form).header("Cookie", "JSESSIONID=fresh-render").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(fromMemory() - before).as("a visitor with a session: rendered").isEqualTo(1);

		for (HttpResponse<String> page : List.of(keptWhenRendered, fromMemory, freshRender)) {
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(hiddenFields(page.body())).containsOnlyKeys("_csrf", "submissionToken");
			assertThat(csrfCookie(page)).as("each first visit is given its CSRF cookie").isNotNull();
		}
		assertThat(withoutTokens(fromMemory)).isEqualTo(withoutTokens(freshRender))
			.isEqualTo(withoutTokens(keptWhenRendered));
		assertThat(pageHeaders(fromMemory)).isEqualTo(pageHeaders(freshRender))
			.containsEntry("cache-control", List.of("no-store"))
			.containsKey("content-security-policy");
	}

	@Test
	void aReturningVisitorKeepsTheirCsrfCookieAndCanSendTheFormFromMemory() throws Exception {
		ConsultationHttp visitor = new ConsultationHttp(base());
		visitor.openForm();
		double before = fromMemory();
		HttpResponse<String> again = visitor.fetch("/consultation");
		assertThat(fromMemory() - before).isEqualTo(1);
		assertThat(again.headers().allValues("Set-Cookie")).as("the cookie they have is kept")
			.noneMatch((cookie) -> cookie.startsWith("consultation_csrf="));
		Map<String, String> sends = new LinkedHashMap<>(hiddenFields(again.body()));
		sends.putAll(ConsultationHttp.validFields());
		assertThat(visitor.post(sends).statusCode()).isEqualTo(303);
	}

	@Test
	void aFormWithProblemsAQueryASessionOrASignInIsNeverFromMemory() throws Exception {
		ConsultationHttp visitor = new ConsultationHttp(base());
		Map<String, String> form = visitor.openForm();
		visitor.openForm();
		double before = fromMemory();

		Map<String, String> halfFilled = new LinkedHashMap<>(form);
		halfFilled.put("fullName", "Quentin Kept-Values");
		HttpResponse<String> problems = visitor.post(halfFilled);
		assertThat(problems.statusCode()).isEqualTo(200);
		assertThat(problems.body()).contains("There is a problem", "Quentin Kept-Values");

		assertThat(open("/consultation?utm_source=leaflet").statusCode()).isEqualTo(200);
		assertThat(this.firstVisit
			.send(request("/consultation").header("Cookie", "SESSION=someone").build(),
					HttpResponse.BodyHandlers.ofString())
			.statusCode()).isEqualTo(200);
		this.mvc.perform(get("/consultation").with(StaffTestUsers.signedIn("rita", Role.STAFF)))
			.andExpect(status().isOk());

		assertThat(fromMemory()).as("none of them from memory").isEqualTo(before);
		visitor.openForm();
		assertThat(fromMemory()).as("the blank form still is").isEqualTo(before + 1);
	}

	@Test
	void headAnOddSpellingOfTheAddressAndTwentyVisitorsAtOnce() throws Exception {
		open("/consultation");
		HttpResponse<String> head = this.firstVisit.send(
				request("/consultation").method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		assertThat(head.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));

		double before = fromMemory();
		for (String odd : List.of("/%63onsultation", "/consultation;x=1", "/consultation/")) {
			assertThat(open(odd).statusCode()).as(odd).isLessThan(500);
		}
		assertThat(fromMemory()).as("an odd spelling of the address is never from memory").isEqualTo(before);

		ExecutorService visitors = Executors.newFixedThreadPool(20);
		try {
			List<Future<HttpResponse<String>>> pages = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				pages.add(visitors.submit(() -> open("/consultation")));
			}
			Set<String> tokens = new HashSet<>();
			for (Future<HttpResponse<String>> page : pages) {
				HttpResponse<String> answer = page.get(60, TimeUnit.SECONDS);
				assertThat(answer.statusCode()).isEqualTo(200);
				Map<String, String> fields = hiddenFields(answer.body());
				assertThat(fields).containsOnlyKeys("_csrf", "submissionToken");
				tokens.add(fields.get("submissionToken"));
			}
			assertThat(tokens).as("twenty visitors at once, twenty tokens of their own").hasSize(20);
		}
		finally {
			visitors.shutdownNow();
		}
	}

	@Test
	void aFormForgottenWithTheOtherPagesIsRenderedAfresh() throws Exception {
		open("/consultation");
		open("/consultation");
		double before = fromMemory();

		this.pageCache.forgetAll();

		open("/consultation");
		assertThat(fromMemory()).as("rendered again after the kept pages were forgotten").isEqualTo(before);
		open("/consultation");
		assertThat(fromMemory()).isEqualTo(before + 1);
	}

	private double fromMemory() {
		return this.metrics.counter("site.forms.from.memory").count();
	}

	private HttpResponse<String> open(String path) throws Exception {
		return this.firstVisit.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", "text/html").GET();
	}

	private static Map<String, String> hiddenFields(String page) {
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher hidden = HIDDEN.matcher(page);
		while (hidden.find()) {
			assertThat(fields.put(hidden.group(1), hidden.group(2))).as("each field once").isNull();
		}
		return fields;
	}

	/** The page with its two tokens replaced by their names. */
	private static String withoutTokens(HttpResponse<String> page) {
		String body = page.body();
		for (Map.Entry<String, String> field : hiddenFields(body).entrySet()) {
			body = body.replace(field.getValue(), "{" + field.getKey() + "}");
		}
		return body;
	}

	private static String csrfCookie(HttpResponse<String> page) {
		return page.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("consultation_csrf="))
			.findFirst()
			.orElse(null);
	}

	private static Map<String, List<String>> pageHeaders(HttpResponse<String> page) {
		Map<String, List<String>> headers = new TreeMap<>();
		page.headers().map().forEach((name, values) -> {
			if (!PER_ANSWER.contains(name)) {
				headers.put(name, values);
			}
		});
		return headers;
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
