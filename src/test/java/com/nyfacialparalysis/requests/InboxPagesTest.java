package com.nyfacialparalysis.requests;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox's pages as the parts of its order (open urgent requests, open requests within
 * 72 hours, call-backs due, the rest) are read separately: every page size walks the same
 * order as one sort of every row would, for the whole inbox, each status and a search;
 * the totals come from the counts per status; and the search finds by reference, by any
 * spelling of a phone number, by the start of any word of a name, or by email address,
 * and nothing else. The application is this class's own (its search limit, unused here),
 * so the inbox holds only its rows.
 */
@SpringBootTest(properties = "clinic.staff.search-limit=7")
@ActiveProfiles("test")
class InboxPagesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

	static final Instant NOON = Instant.parse("2026-11-27T17:00:00Z");

	private static final AtomicInteger NEXT = new AtomicInteger();

	@Autowired
	Requests requests;

	@Autowired
	Inbox inbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	KeptCounts keptCounts;

	@BeforeEach
	void emptyInbox() {
		this.jdbc.update("delete from request_notes");
		this.jdbc.update("delete from consultation_requests");
		this.keptCounts.forget();
	}

	@Test
	void everyPageSizeWalksTheSameOrderAsOneSortOfEveryRequest() {
		fillAWeekOfEveryKind();
		List<String> everyRequest = expectedOrder(null, null);
		assertThat(everyRequest).hasSize(55);
		for (int size = 1; size <= 12; size++) {
			assertThat(walk(null, null, size)).as("pages of %d", size).isEqualTo(everyRequest);
		}
		for (RequestStatus status : RequestStatus.values()) {
			for (int size : new int[] { 1, 2, 5 }) {
				assertThat(walk(status, null, size)).as("%s in pages of %d", status, size)
					.isEqualTo(expectedOrder(status, null));
			}
		}
	}

	@Test
	void theFirstPageShowsOpenUrgentThenWithin72HoursThenDueCallBacksThenNewestAndNeverSpam() {
		String closedUrgent = add("Cara Closed", true, "CLOSED", hoursAgo(1), TODAY.minusDays(1));
		String newest = add("Nora Newest", false, "NEW", hoursAgo(2), null);
		String dueLater = add("Dana Due", false, "CONTACTED", hoursAgo(30), TODAY);
		String urgentNotDue = add("Uma Urgent", true, "NEW", hoursAgo(50), null);
		String urgentDue = add("Ulla Urgent", true, "CONTACTED", hoursAgo(70), TODAY.minusDays(2));
		String notYetDue = add("Tara Tomorrow", false, "NEW", hoursAgo(3), TODAY.plusDays(1));
		String spam = add("Sam Spam", true, "SPAM", hoursAgo(1), null);
		String recent = insert("Wes Within", null, null, false, true, "NEW", hoursAgo(60), null);
		String recentDue = insert("Willa Within", null, null, false, true, "CONTACTED", hoursAgo(80), TODAY);
		String recentClosed = insert("Walt Within", null, null, false, true, "CLOSED", hoursAgo(4), null);
		List<String> page = references(find(null, null, 0, 25).requests().getContent());
		assertThat(page)
			.containsExactly(urgentDue, urgentNotDue, recentDue, recent, dueLater, closedUrgent, newest, notYetDue,
					recentClosed)
			.doesNotContain(spam);
		assertThat(find(null, null, 0, 25).requests().getTotalElements()).isEqualTo(9);
		assertThat(find(RequestStatus.SPAM, null, 0, 25).requests().getContent()).extracting("reference")
			.containsExactly(spam);
	}

	@Test
	void pagesAcrossThePartsAndTheirTotalsMatchTheCounts() {
		fillAWeekOfEveryKind();
		Map<RequestStatus, Long> counts = this.inbox.countByStatus();
		assertThat(counts).isEqualTo(countedByHand());
		InboxPage first = find(null, null, 0, 5);
		assertThat(first.requests().getTotalElements()).isEqualTo(55);
		assertThat(first.requests().getTotalPages()).isEqualTo(11);
		assertThat(first.more()).isFalse();
		List<String> order = expectedOrder(null, null);
		// Open urgent requests due a call and not, the same two of those within 72 hours,
		// call-backs due, then the others: pages of 7 cross each boundary.
		for (int page = 0; page < 7; page++) {
			assertThat(references(find(null, null, page, 7).requests().getContent())).as("page %d of 7", page)
				.isEqualTo(order.subList(page * 7, Math.min(55, page * 7 + 7)));
		}
		assertThat(find(null, null, 7, 7).requests().getContent()).hasSize(6);
		assertThat(find(null, null, 8, 7).requests().getContent()).isEmpty();
	}

	@Test
	void closingARequestShowsInTheCountsAtOnce() {
		String reference = add("Cleo Count", false, "NEW", hoursAgo(1), null);
		assertThat(this.inbox.countByStatus()).containsEntry(RequestStatus.CLOSED, 0L)
			.containsEntry(RequestStatus.NEW, 1L);
		ConsultationRequest request = this.requests.withReference(reference).orElseThrow();
		this.requests.changeStatus(request.getId(), request.getVersion(), RequestStatus.CLOSED);
		assertThat(this.inbox.countByStatus()).containsEntry(RequestStatus.CLOSED, 1L)
			.containsEntry(RequestStatus.NEW, 0L);
		assertThat(this.inbox.countByStatus()).isEqualTo(countedByHand());
	}

	@Test
	void aNameIsFoundByTheStartOfAnyOfItsWordsWithoutCaseOrAccents() {
		String maria = add("María García-López", "maria.gl@example.com", "+1 (917) 555-0142");
		String mario = add("Mario Garcés", "mg@example.com", "212.555.0142");
		String ann = add("Ann O'Brien", null, "646 555 7788");
		String smith = add("Gary Smith", "garcia.fan@example.com", null);
		assertThat(search("garc")).containsExactlyInAnyOrder(maria, mario, smith);
		assertThat(search("Garcia")).containsExactlyInAnyOrder(maria, smith);
		assertThat(search("GARCÍA")).containsExactlyInAnyOrder(maria, smith);
		assertThat(search("lopez")).containsExactly(maria);
		assertThat(search("maria garcia")).containsExactly(maria);
		assertThat(search("García, María")).containsExactly(maria);
		assertThat(search("maria smith")).isEmpty();
		assertThat(search("mari")).containsExactlyInAnyOrder(maria, mario);
		assertThat(search("o'brien")).containsExactly(ann);
		assertThat(search("obrien")).containsExactly(ann);
		assertThat(search("brien")).containsExactly(ann);
		assertThat(search("arcia")).as("the middle of a word is not its start").isEmpty();
		assertThat(search("%@example.com")).as("a LIKE wildcard is a plain character").isEmpty();
		assertThat(search("m_@example.com")).isEmpty();
	}

	@Test
	void anEmailAddressIsFoundWholeOrByItsStartInAnyCase() {
		String maria = add("María García-López", "maria.gl@example.com", null);
		add("Mario Garcés", "mg@example.com", null);
		assertThat(search("maria.gl@example.com")).containsExactly(maria);
		assertThat(search("MARIA.GL@Example.com")).containsExactly(maria);
		assertThat(search("maria.gl@")).containsExactly(maria);
		assertThat(search("gl@example.com")).isEmpty();
	}

	@Test
	void aPhoneNumberIsFoundWrittenAnyWayWholeOrByItsLastDigits() {
		String maria = add("María García-López", null, "+1 (917) 555-0142");
		String mario = add("Mario Garcés", null, "212.555.0142");
		String ann = add("Ann O'Brien", null, "646 555 7788");
		for (String typed : new String[] { "917-555-0142", "(917) 555 0142", "9175550142", "+1 917 555 0142",
				"19175550142", "917.555.0142" }) {
			assertThat(search(typed)).as(typed).containsExactly(maria);
		}
		assertThat(search("0142")).containsExactlyInAnyOrder(maria, mario);
		assertThat(search("555-0142")).containsExactlyInAnyOrder(maria, mario);
		assertThat(search("7788")).containsExactly(ann);
		assertThat(search("142")).as("fewer than four digits find nothing").isEmpty();
		assertThat(search("917555")).as("the start of a number is not its end").isEmpty();
	}

	@Test
	void aReferenceIsFoundInAnyCaseWithOrWithoutItsHyphenAndOnlyWithItsStatus() {
		String reference = add("Rhea Reference", null, "917 555 0100");
		String spam = add("Rob Robot", false, "SPAM", hoursAgo(1), null);
		String typedLower = reference.toLowerCase();
		for (String typed : new String[] { reference, typedLower, typedLower.replace("-", ""),
				typedLower.replace("-", " "), " " + reference + " " }) {
			assertThat(search(typed)).as(typed).containsExactly(reference);
		}
		assertThat(search("QQQQ-QQQQ")).isEmpty();
		assertThat(search(spam)).as("spam only when asked for").isEmpty();
		assertThat(references(find(RequestStatus.SPAM, spam, 0, 25).requests().getContent())).containsExactly(spam);
		assertThat(references(find(RequestStatus.CLOSED, reference, 0, 25).requests().getContent())).isEmpty();
	}

	@Test
	void aSearchKeepsTheInboxOrderAndItsStatusFilter() {
		fillAWeekOfEveryKind();
		for (int size : new int[] { 1, 3 }) {
			assertThat(walk(null, "quill", size)).isEqualTo(expectedOrder(null, "quill"));
			assertThat(walk(RequestStatus.CLOSED, "quill", size))
				.isEqualTo(expectedOrder(RequestStatus.CLOSED, "quill"));
		}
		assertThat(expectedOrder(null, "quill")).hasSizeGreaterThan(3);
	}

	@ParameterizedTest
	@ValueSource(strings = { "quill", "0177" })
	void aSearchMatchingMoreThanTheLimitPagesThroughTheFirstInOrderAndSaysSo(String typed) {
		fillAWeekOfEveryKind();
		InboxPage first = find(null, typed, 0, 3, 4);
		assertThat(first.more()).isTrue();
		assertThat(first.requests().getTotalElements()).isEqualTo(4);
		assertThat(first.requests().getTotalPages()).isEqualTo(2);
		List<String> shown = new ArrayList<>(references(first.requests().getContent()));
		shown.addAll(references(find(null, typed, 1, 3, 4).requests().getContent()));
		assertThat(shown).isEqualTo(expectedOrder(null, typed).subList(0, 4));
		assertThat(find(null, typed, 2, 3, 4).requests().getContent()).isEmpty();
		InboxPage all = find(null, typed, 0, 3, 1000);
		assertThat(all.more()).isFalse();
		assertThat(all.requests().getTotalElements()).isEqualTo(expectedOrder(null, typed).size());
	}

	@Test
	void anExportWithASearchWritesWhatTheSearchFindsNewestFirst() {
		fillAWeekOfEveryKind();
		List<String> exported = new ArrayList<>();
		ConsultationRequest last = null;
		List<ConsultationRequest> batch;
		do {
			batch = this.inbox.exportBatch(null, "quill", last, 2);
			exported.addAll(references(batch));
			last = batch.isEmpty() ? last : batch.get(batch.size() - 1);
		}
		while (batch.size() == 2);
		List<String> newestFirst = this.jdbc.queryForList("""
				select r.reference from consultation_requests r where r.status <> 'SPAM' and exists (select 1 from
				request_search_keys k where k.request_id = r.id and k.search_key = 'quill')
				order by r.received_at desc, r.id desc""", String.class);
		assertThat(exported).isEqualTo(newestFirst).hasSizeGreaterThan(3);
		assertThat(this.inbox.exportBatch(null, "917 555 0177", null, 500)).hasSize(55);
	}

	/**
	 * Requests of every kind over a week: open and closed, urgent or not, within 72 hours
	 * or not, with "call again" days past, today, tomorrow or none; some received at the
	 * same instant. The Quills are named so that a search finds some of each kind.
	 */
	private void fillAWeekOfEveryKind() {
		String[] statuses = { "NEW", "CONTACTED", "SCHEDULED", "CLOSED", "SPAM" };
		LocalDate[] callAgain = { null, TODAY.minusDays(3), TODAY, TODAY.plusDays(1) };
		int n = 0;
		for (String status : statuses) {
			for (int kind = 0; kind < 4; kind++) {
				for (LocalDate day : callAgain) {
					if ((n++ % 7) == 3 && !"SPAM".equals(status)) {
						continue;
					}
					Instant at = hoursAgo((n * 13) % 41);
					insert(((n % 3 == 0) ? "Quentin Quill " : "Walt Whitlow ") + n, null, "(917) 555-0177",
							kind == 1 || kind == 3, kind >= 2, status, at, day);
				}
			}
		}
	}

	/** The inbox's order as one sort of every matching row, in Java. */
	private List<String> expectedOrder(RequestStatus status, String quillOrDigits) {
		record Row(long id, String reference, String status, boolean urgent, boolean within72Hours, Instant receivedAt,
				LocalDate callAgain, String name) {
			boolean open() {
				return !this.status.equals("CLOSED") && !this.status.equals("SPAM");
			}
		}
		List<Row> rows = this.jdbc.query(
				"select id, reference, status, urgent, within_72_hours, received_at, call_again_on, full_name"
						+ " from consultation_requests",
				(rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getBoolean(5),
						rs.getTimestamp(6).toInstant(), (rs.getDate(7) != null) ? rs.getDate(7).toLocalDate() : null,
						rs.getString(8)));
		return rows.stream()
			.filter((r) -> (status == null) ? !r.status().equals("SPAM") : r.status().equals(status.name()))
			.filter((r) -> quillOrDigits == null || quillOrDigits.equals("0177")
					|| r.name().toLowerCase().contains(quillOrDigits))
			.sorted(Comparator.comparingInt((Row r) -> !r.open() ? 2 : r.urgent() ? 0 : r.within72Hours() ? 1 : 2)
				.thenComparingInt((r) -> (r.open() && r.callAgain() != null && !r.callAgain().isAfter(TODAY)) ? 0 : 1)
				.thenComparing(Row::receivedAt, Comparator.reverseOrder())
				.thenComparing(Row::id, Comparator.reverseOrder()))
			.map(Row::reference)
			.toList();
	}

	private Map<RequestStatus, Long> countedByHand() {
		Map<RequestStatus, Long> counts = new EnumMap<>(RequestStatus.class);
		for (RequestStatus status : RequestStatus.values()) {
			counts.put(status, this.jdbc.queryForObject("select count(*) from consultation_requests where status = ?",
					Long.class, status.name()));
		}
		return counts;
	}

	private List<String> walk(RequestStatus status, String search, int size) {
		List<String> walked = new ArrayList<>();
		for (int page = 0; page < 100; page++) {
			InboxPage found = find(status, search, page, size);
			walked.addAll(references(found.requests().getContent()));
			if (!found.requests().hasNext()) {
				assertThat(found.requests().getTotalElements()).isEqualTo(walked.size());
				return walked;
			}
		}
		throw new AssertionError("more than 100 pages");
	}

	private InboxPage find(RequestStatus status, String search, int page, int size) {
		return find(status, search, page, size, 1000);
	}

	private InboxPage find(RequestStatus status, String search, int page, int size, int limit) {
		return this.inbox.find(status, search, TODAY, PageRequest.of(page, size), this.inbox.countByStatus(), limit);
	}

	private List<String> search(String typed) {
		return references(find(null, typed, 0, 25).requests().getContent());
	}

	private static List<String> references(List<ConsultationRequest> requests) {
		return requests.stream().map(ConsultationRequest::getReference).toList();
	}

	private static Instant hoursAgo(int hours) {
		return NOON.minus(hours, ChronoUnit.HOURS);
	}

	private String add(String name, String email, String phone) {
		return insert(name, email, phone, false, false, "NEW", hoursAgo(NEXT.get() % 40), null);
	}

	private String add(String name, boolean urgent, String status, Instant receivedAt, LocalDate callAgainOn) {
		return insert(name, null, "(917) 555-0177", urgent, false, status, receivedAt, callAgainOn);
	}

	/**
	 * A request stored as {@link Requests#receive} stores it, with the keys it is
	 * searched by.
	 */
	private String insert(String name, String email, String phone, boolean urgent, boolean within72Hours, String status,
			Instant receivedAt, LocalDate callAgainOn) {
		String reference = String.format("Q%03d-%04d", NEXT.incrementAndGet() % 1000,
				Math.abs(name.hashCode()) % 10000);
		Timestamp at = Timestamp.from(receivedAt);
		this.jdbc.update("""
				insert into consultation_requests (reference, submission_token, full_name, email, phone, phone_digits,
				  phone_reversed, preferred_contact, concern, sudden_weakness, urgent, within_72_hours, status,
				  consent_at, received_at, closed_at, call_again_on)
				values (?, ?, ?, ?, ?, ?, ?, 'PHONE', 'bells-palsy', ?, ?, ?, ?, ?, ?, ?, ?)""", reference,
				UUID.randomUUID().toString(), name, email, phone,
				(phone != null) ? phone.replaceAll("[^0-9]", "") : null, SearchTerms.reversedDigits(phone),
				urgent ? "YES" : "NO", urgent, within72Hours, status, at, at,
				("CLOSED".equals(status) || "SPAM".equals(status)) ? at : null,
				(callAgainOn != null) ? Date.valueOf(callAgainOn) : null);
		long id = this.jdbc.queryForObject("select id from consultation_requests where reference = ?", Long.class,
				reference);
		for (String key : SearchTerms.keysOf(name, email)) {
			this.jdbc.update("insert into request_search_keys (search_key, request_id) values (?, ?)", key, id);
		}
		// Straight into the table: the counts kept for a minute are counted again.
		this.keptCounts.forget();
		return reference;
	}

}
