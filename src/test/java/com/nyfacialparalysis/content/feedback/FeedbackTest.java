package com.nyfacialparalysis.content.feedback;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.nyfacialparalysis.content.PageKey;
import com.nyfacialparalysis.content.PageKind;
import com.nyfacialparalysis.system.NuHtmlChecker;
import com.nyfacialparalysis.testsupport.SettableClock;
import com.nyfacialparalysis.testsupport.SiteTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * "Was this page helpful?": a plain form on every content page that gives no cookie and
 * keeps pages in the cache, so it does without a CSRF token and checks instead that it
 * was sent from this site; it is limited per address and in size, traps robots, refuses
 * control characters, stores nothing that names the reader, and gives staff the counts
 * and comments.
 */
@SiteTest
class FeedbackTest {

	private static final String PAGE = "/conditions/bells-palsy";

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReaderFeedback feedback;

	@Autowired
	SettableClock clock;

	@Autowired
	MeterRegistry metrics;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeEach
	void startAfresh() {
		this.clock.set(SettableClock.START);
		this.jdbc.update("delete from page_feedback");
		this.jdbc.update("delete from recent_attempts");
	}

	@Test
	void everyContentPageAsksAndStaysCookieFreeAndCached() throws Exception {
		for (String path : List.of("/", PAGE, "/treatments/physical-therapy", "/your-visit", "/privacy",
				"/accessibility")) {
			HttpResponse<String> first = get(path);
			assertThat(first.statusCode()).isEqualTo(200);
			assertThat(first.headers().firstValue("Set-Cookie")).as("cookie on %s", path).isEmpty();
			Element form = Jsoup.parse(first.body()).selectFirst("form[action=/feedback]");
			assertThat(form).as("feedback form on %s", path).isNotNull();
			assertThat(form.attr("method")).isEqualTo("post");
			assertThat(form.select("input[name=_csrf]")).as("no CSRF token on %s", path).isEmpty();
			assertThat(form.text()).contains("Was this page helpful?", "Yes", "No",
					"What was missing or unclear? (optional)", "do not write your name");
			assertThat(form.select("textarea[name=comment]").attr("maxlength")).isEqualTo("500");
		}
		double before = fromMemory();
		HttpResponse<String> again = get(PAGE);
		assertThat(again.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(fromMemory()).as("the page came from the cache").isGreaterThan(before);
	}

	@Test
	void aReadersAnswerIsStoredWithNothingThatNamesThemAndThanked() throws Exception {
		HttpResponse<String> sent = send(ownOrigin(), null,
				fields("conditions/bells-palsy", "no", "It did not say how long recovery takes."));
		assertThat(sent.statusCode()).isEqualTo(303);
		assertThat(sent.headers().firstValue("Location").orElseThrow())
			.endsWith("/feedback/thanks?page=conditions/bells-palsy");
		assertThat(sent.headers().firstValue("Set-Cookie")).as("no cookie for the answer").isEmpty();

		List<Map<String, Object>> rows = this.jdbc.queryForList("select * from page_feedback");
		assertThat(rows).hasSize(1);
		Map<String, Object> row = rows.get(0);
		assertThat(row.keySet()).map(String::toLowerCase)
			.as("nothing that names the reader is kept")
			.containsExactlyInAnyOrder("id", "page_kind", "page_slug", "helpful", "comment", "received_at",
					"dealt_with_at", "dealt_with_by");
		assertThat(row.get("page_kind")).isEqualTo("CONDITION");
		assertThat(row.get("page_slug")).isEqualTo("bells-palsy");
		assertThat(row.get("helpful")).isEqualTo(false);
		assertThat(row.get("comment")).isEqualTo("It did not say how long recovery takes.");

		HttpResponse<String> thanks = get("/feedback/thanks?page=conditions/bells-palsy");
		assertThat(thanks.statusCode()).isEqualTo(200);
		assertThat(thanks.headers().firstValue("Set-Cookie")).isEmpty();
		Document page = Jsoup.parse(thanks.body());
		assertThat(page.select("h1").text()).isEqualTo("Thank you for your feedback");
		assertThat(page.select("main a[href=/conditions/bells-palsy]").text()).isEqualTo("Back to Bell's palsy");
		assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
	}

	@Test
	void isRefusedUnlessSentFromAPageOfThisSite() throws Exception {
		Map<String, String> answer = fields("conditions/bells-palsy", "yes", null);
		assertThat(send(null, null, answer).statusCode()).as("no Origin and no Referer").isEqualTo(403);
		assertThat(send("https://evil.example", null, answer).statusCode()).as("another site").isEqualTo(403);
		assertThat(send("null", null, answer).statusCode()).as("an opaque origin").isEqualTo(403);
		assertThat(send(ownOrigin() + ".evil.example", null, answer).statusCode()).as("a look-alike").isEqualTo(403);
		assertThat(send("https://evil.example", ownOrigin() + PAGE, answer).statusCode())
			.as("a foreign Origin is not excused by a Referer")
			.isEqualTo(403);
		assertThat(send(null, "https://evil.example" + PAGE, answer).statusCode()).as("a foreign Referer")
			.isEqualTo(403);
		assertThat(stored()).isZero();

		assertThat(send(null, ownOrigin() + PAGE, answer).statusCode()).as("an old browser's Referer").isEqualTo(303);
		assertThat(send("https://www.example-clinic.test", null, answer).statusCode()).as("the site's public address")
			.isEqualTo(303);
		assertThat(send(ownOrigin().toUpperCase(), null, answer).statusCode()).as("case does not matter")
			.isEqualTo(303);
		assertThat(stored()).isEqualTo(3);
	}

	@Test
	void eachAddressMaySendTwentyAnswersAnHour() throws Exception {
		for (int i = 0; i < 20; i++) {
			assertThat(mockSend("10.1.1.1", fields("conditions/bells-palsy", "yes", null)).getStatus()).isEqualTo(303);
		}
		MockHttpServletResponse refused = mockSend("10.1.1.1", fields("conditions/bells-palsy", "yes", null));
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(Jsoup.parse(refused.getContentAsString()).select("h1").text())
			.isEqualTo("We could not take this answer");
		assertThat(mockSend("10.2.2.2", fields("conditions/bells-palsy", "yes", null)).getStatus())
			.as("another address")
			.isEqualTo(303);
		assertThat(stored()).isEqualTo(21);

		this.clock.set(SettableClock.START.plus(Duration.ofMinutes(61)));
		assertThat(mockSend("10.1.1.1", fields("conditions/bells-palsy", "yes", null)).getStatus()).as("an hour later")
			.isEqualTo(303);
	}

	@Test
	void manyAnswersSentAtOnceStillKeepToTheLimit() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(10);
		try {
			List<Future<Integer>> statuses = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				statuses.add(pool
					.submit(() -> send(ownOrigin(), null, fields("conditions/bells-palsy", "yes", null)).statusCode()));
			}
			int stored = 0;
			for (Future<Integer> status : statuses) {
				stored += (status.get() == 303) ? 1 : 0;
			}
			// Each answer is counted before the count is read, so no more than 20 get
			// through however they interleave (a few more may be refused than needed).
			assertThat(stored).isBetween(1, 20);
			assertThat(stored()).isEqualTo(stored);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aFormLargerThanAnyRealOneIsRefusedBeforeItIsRead() throws Exception {
		Map<String, String> huge = fields("conditions/bells-palsy", "yes", "a".repeat(9000));
		HttpResponse<String> refused = send(ownOrigin(), null, huge);
		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(stored()).isZero();
	}

	@Test
	void aRobotThatFillsTheTrapIsThankedAndNothingIsKept() throws Exception {
		Map<String, String> robot = fields("conditions/bells-palsy", "yes", "Great page, visit my shop");
		robot.put("website", "https://spam.example");
		assertThat(send(ownOrigin(), null, robot).statusCode()).isEqualTo(303);
		assertThat(stored()).isZero();
	}

	@Test
	void aMistakeIsExplainedWithWhatWasTypedKeptAndNothingStored() throws Exception {
		MockHttpServletResponse noAnswer = mockSend("10.3.3.3", fields("conditions/bells-palsy", null, "Too long."));
		assertThat(noAnswer.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(noAnswer.getContentAsString());
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".error-summary a[href=#feedback-yes]").text()).isEqualTo("Choose yes or no");
		assertThat(page.select("textarea[name=comment]").text()).isEqualTo("Too long.");
		assertThat(page.select("input[name=page]").val()).isEqualTo("conditions/bells-palsy");
		assertThat(noAnswer.getHeader("Set-Cookie")).isNull();

		MockHttpServletResponse tooLong = mockSend("10.3.3.3", fields("conditions/bells-palsy", "no", "a".repeat(501)));
		assertThat(Jsoup.parse(tooLong.getContentAsString()).select(".error-summary a[href=#feedback-comment]").text())
			.isEqualTo("Your comment must be 500 characters or fewer");

		MockHttpServletResponse control = mockSend("10.3.3.3",
				fields("conditions/bells-palsy", "no", "Hidden\u0000text\u202Ereversed"));
		assertThat(Jsoup.parse(control.getContentAsString()).select(".error-summary").text())
			.contains("Remove the invisible control characters");
		assertThat(Jsoup.parse(control.getContentAsString()).select("#feedback-no").hasAttr("checked")).isTrue();
		assertThat(stored()).isZero();
	}

	/**
	 * Security review 3, item 7: a comment with a phone number, an email address or a
	 * date of birth is refused with a clear message and what was typed, over real HTTP,
	 * in both languages; nothing is stored.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "Call me on (917) 555-0142 about my daughter.", "Please write to maria.g@example.com",
			"I was born 03/15/1961 and still twitch.", "My DOB is March 15, 1961.", "Nací el 15 de marzo de 1961.",
			"Llámeme al 917.555.0142, por favor." })
	void aCommentWithContactDetailsIsRefusedAndShownBackToEdit(String comment) throws Exception {
		HttpResponse<String> answer = send(ownOrigin(), null, fields("conditions/bells-palsy", "no", comment));
		assertThat(answer.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(answer.body());
		assertThat(page.select(".error-summary a[href=#feedback-comment]").text())
			.isEqualTo("Please leave out names and contact details, such as phone numbers, email addresses and "
					+ "dates of birth: we cannot reply here");
		assertThat(page.select("textarea[name=comment]").text()).isEqualTo(comment);
		HttpRequest spanish = HttpRequest.newBuilder(URI.create(ownOrigin() + "/es/opinion"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Origin", ownOrigin())
			.POST(HttpRequest.BodyPublishers.ofString(encode(fields("conditions/bells-palsy", "no", comment))))
			.build();
		assertThat(Jsoup.parse(this.http.send(spanish, HttpResponse.BodyHandlers.ofString()).body())
			.select(".error-summary")
			.text()).contains("no escriba nombres ni datos de contacto");
		assertThat(stored()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "It did not say how long recovery takes: 3 weeks? 6 months?",
			"The page on 72 hours was clear.", "In 2019 my mother had this too.", "Too long, 1,800 words." })
	void anOrdinaryCommentWithFiguresIsTaken(String comment) throws Exception {
		assertThat(send(ownOrigin(), null, fields("conditions/bells-palsy", "yes", comment)).statusCode())
			.isEqualTo(303);
		assertThat(stored()).isEqualTo(1);
	}

	@Test
	void staffNeverSeeContactDetailsInAnOlderComment() {
		PageKey bells = new PageKey(PageKind.CONDITION, "bells-palsy");
		insert(bells, false, "Call (917) 555-0142 or ana@example.com, born 3/15/1961.", Duration.ofDays(1));
		assertThat(this.feedback.comments(bells)).extracting(FeedbackComment::comment)
			.singleElement()
			.asString()
			.doesNotContain("555", "0142", "ana@example.com", "1961")
			.contains("Call", "born");
	}

	@Test
	void fiveHundredCharactersWithLineBreaksAreAcceptedAsTheReaderCountedThem() throws Exception {
		String comment = ("a".repeat(98) + "\r\n").repeat(5).trim();
		assertThat(comment.replace("\r\n", "\n")).hasSize(494);
		assertThat(mockSend("10.4.4.4", fields("treatments/physical-therapy", "yes", comment)).getStatus())
			.isEqualTo(303);
		assertThat(this.jdbc.queryForObject("select comment from page_feedback", String.class))
			.isEqualTo(comment.replace("\r\n", "\n"));
	}

	@Test
	void theFeedbackPagesAreValidHtml() throws Exception {
		String mistake = mockSend("10.6.6.6", fields("conditions/bells-palsy", null, "x")).getContentAsString();
		assertThat(NuHtmlChecker.errors(mistake)).as("the form after a mistake").isEmpty();
		assertThat(NuHtmlChecker.errors(get("/feedback/thanks?page=conditions/bells-palsy").body())).isEmpty();
		assertThat(NuHtmlChecker.errors(get("/feedback/thanks").body())).isEmpty();
		for (int i = 0; i < 20; i++) {
			mockSend("10.6.6.7", fields("conditions/bells-palsy", "yes", null));
		}
		String tooMany = mockSend("10.6.6.7", fields("conditions/bells-palsy", "yes", null)).getContentAsString();
		assertThat(NuHtmlChecker.errors(tooMany)).as("the too-many page").isEmpty();
	}

	@Test
	void anAnswerAboutAPageThatDoesNotExistIsRefused() throws Exception {
		assertThat(mockSend("10.5.5.5", fields("conditions/magic-cure", "yes", null)).getStatus()).isEqualTo(400);
		assertThat(mockSend("10.5.5.5", fields("../../etc", "yes", null)).getStatus()).isEqualTo(400);
		assertThat(stored()).isZero();
	}

	@Test
	void staffGetTheCountsForNinetyDaysAndTheCommentsNewestFirst() {
		PageKey bells = new PageKey(PageKind.CONDITION, "bells-palsy");
		PageKey botox = new PageKey(PageKind.TREATMENT, "botulinum-toxin-injections");
		insert(bells, true, null, Duration.ofDays(1));
		insert(bells, true, "Clear, thank you.", Duration.ofDays(2));
		insert(bells, false, "Nothing about children.", Duration.ofDays(3));
		insert(bells, false, "Too old to count.", Duration.ofDays(91));
		insert(botox, false, null, Duration.ofDays(10));

		assertThat(this.feedback.helpfulCounts()).containsExactlyInAnyOrder(new HelpfulCount(bells, 2, 1),
				new HelpfulCount(botox, 0, 1));
		List<FeedbackComment> comments = this.feedback.comments(bells);
		assertThat(comments).extracting(FeedbackComment::comment)
			.containsExactly("Clear, thank you.", "Nothing about children.", "Too old to count.");
		assertThat(this.feedback.comments()).hasSize(3);

		long id = comments.get(1).id();
		assertThat(comments.get(1).dealtWith()).isFalse();
		assertThat(this.feedback.markDealtWith(id, 5L)).isTrue();
		assertThat(this.feedback.markDealtWith(id, 6L)).as("the first mark stands").isFalse();
		assertThat(this.feedback.markDealtWith(999_999L, 5L)).as("no such comment").isFalse();
		FeedbackComment dealt = this.feedback.comments(bells).get(1);
		assertThat(dealt.dealtWith()).isTrue();
		assertThat(dealt.dealtWithBy()).isEqualTo(5L);
		assertThat(dealt.dealtWithAt()).isEqualTo(SettableClock.START);
	}

	@Test
	void answersOlderThanAYearAreDeletedByTheRetentionJobsCall() {
		PageKey bells = new PageKey(PageKind.CONDITION, "bells-palsy");
		insert(bells, false, "Last spring.", Duration.ofDays(300));
		insert(bells, false, "Over a year ago.", Duration.ofDays(367));
		assertThat(this.feedback.deleteOlderThanAYear()).isEqualTo(1);
		assertThat(this.feedback.comments(bells)).extracting(FeedbackComment::comment).containsExactly("Last spring.");
	}

	private void insert(PageKey page, boolean helpful, String comment, Duration ago) {
		Instant at = SettableClock.START.minus(ago);
		this.jdbc.update(
				"insert into page_feedback (page_kind, page_slug, helpful, comment, received_at) values (?, ?, ?, ?, ?)",
				page.kind().name(), page.slug(), helpful, comment, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
	}

	private int stored() {
		return this.jdbc.queryForObject("select count(*) from page_feedback", Integer.class);
	}

	private double fromMemory() {
		return this.metrics.counter("site.pages.from.memory").count();
	}

	private String ownOrigin() {
		return "http://localhost:" + this.port;
	}

	private static Map<String, String> fields(String page, String helpful, String comment) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("page", page);
		if (helpful != null) {
			fields.put("helpful", helpful);
		}
		if (comment != null) {
			fields.put("comment", comment);
		}
		fields.put("website", "");
		return fields;
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(ownOrigin() + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> send(String origin, String referer, Map<String, String> fields) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ownOrigin() + "/feedback"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(fields)));
		if (origin != null) {
			request.header("Origin", origin);
		}
		if (referer != null) {
			request.header("Referer", referer);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private MockHttpServletResponse mockSend(String address, Map<String, String> fields) throws Exception {
		MockHttpServletRequestBuilder request = post("/feedback").header("Origin", "http://localhost").with((sent) -> {
			sent.setRemoteAddr(address);
			return sent;
		});
		fields.forEach(request::param);
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private static String encode(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
