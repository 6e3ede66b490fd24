package com.nyfacialparalysis.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox: the requests as the desk reads them, found, searched, paged, counted by
 * status and exported, and the search keys it finds them by, written with each new
 * request ({@link #index}). Nothing here changes a request; that is {@link Requests}'s.
 * The queries themselves are {@link InboxQueries}.
 */
@Service
public class Inbox {

	/** Later than any request's receipt: where an export starts. */
	private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

	private final RequestRepository requests;

	private final InboxQueries queries;

	private final KeptCounts keptCounts;

	private final EntityManager entities;

	Inbox(RequestRepository requests, InboxQueries queries, KeptCounts keptCounts, EntityManager entities) {
		this.requests = requests;
		this.queries = queries;
		this.keptCounts = keptCounts;
		this.entities = entities;
	}

	/**
	 * Requests with this status (every status but spam when none is given) that match the
	 * search (null for none; see {@link SearchTerms}), in the inbox's order: open urgent
	 * requests first, then open requests whose symptoms began within 72 hours, each of
	 * the two with those whose "call again" day ({@code today} or earlier) has come
	 * first; then open requests whose "call again" day has come, then newest. Without a
	 * search the total comes from {@code counts} (those of {@link #countByStatus()}). A
	 * search that finds no more than {@code searchLimit} requests puts them in order from
	 * their ids; one that finds more reads the inbox's parts narrowed by the search, and
	 * pages through the first {@code searchLimit} of them.
	 */
	@Transactional(readOnly = true)
	public InboxPage find(RequestStatus status, String search, LocalDate today, Pageable pageable,
			Map<RequestStatus, Long> counts, int searchLimit) {
		Set<RequestStatus> shown = shown(status);
		SearchTerms terms = SearchTerms.of(search);
		if (terms.reference() != null) {
			Optional<ConsultationRequest> found = this.requests.findByReference(terms.reference());
			if (found.isPresent()) {
				// A reference typed alone names one request: shown if its status is.
				List<ConsultationRequest> one = shown.contains(found.get().getStatus()) ? List.of(found.get())
						: List.of();
				return new InboxPage(
						new PageImpl<>((pageable.getOffset() == 0) ? one : List.of(), pageable, one.size()), false);
			}
		}
		if (search != null && !search.isBlank() && terms.phone() == null && terms.words().isEmpty()) {
			return new InboxPage(Page.empty(pageable), false);
		}
		long total;
		boolean more = false;
		if (terms.any()) {
			InboxQueries.Found found = this.queries.idsFound(terms, searchLimit);
			Set<Long> ids = found.ids();
			if (found.all()) {
				// Few enough to put in order here: three short reads, whatever the words.
				List<Long> ordered = this.queries.inOrder(ids, shown, today);
				int from = (int) Math.min(pageable.getOffset(), ordered.size());
				List<Long> onThePage = ordered.subList(from, Math.min(from + pageable.getPageSize(), ordered.size()));
				return new InboxPage(new PageImpl<>(this.queries.withIds(onThePage), pageable, ordered.size()), false);
			}
			// More than the limit of any status: when more than the limit of these are
			// shown,
			// that is all the pages need to know; otherwise they are counted (up to the
			// limit).
			total = (this.queries.countShown(ids, shown) > searchLimit) ? searchLimit + 1
					: this.queries.countMatching(shown, terms, searchLimit);
			more = total > searchLimit;
			total = Math.min(total, searchLimit);
		}
		else {
			total = shown.stream().mapToLong((each) -> counts.getOrDefault(each, 0L)).sum();
		}
		if (pageable.getOffset() >= total) {
			return new InboxPage(new PageImpl<>(List.of(), pageable, total), more);
		}
		List<ConsultationRequest> page = this.queries.page(shown, terms, today, pageable, total);
		return new InboxPage(new PageImpl<>(page, pageable, total), more);
	}

	/**
	 * The next batch of requests for an export, newest first, after {@code last} (null
	 * for the first batch), with the same status and search as {@link #find} (without its
	 * limit). Each batch is read on its own, so only one batch is ever held in memory.
	 */
	@Transactional(readOnly = true)
	public List<ConsultationRequest> exportBatch(RequestStatus status, String search, ConsultationRequest last,
			int size) {
		PageRequest batch = PageRequest.of(0, size);
		Set<RequestStatus> shown = shown(status);
		SearchTerms terms = SearchTerms.of(search);
		Instant afterAt = (last == null) ? LATEST : last.getReceivedAt();
		Long afterId = (last == null) ? Long.MAX_VALUE : last.getId();
		if (!terms.any() && (search == null || search.isBlank())) {
			// Without search words, each batch is read in order from an index.
			return (status == null) ? this.requests.exportAllBut(RequestStatus.SPAM, afterAt, afterId, batch)
					: this.requests.exportIn(status, afterAt, afterId, batch);
		}
		if (terms.reference() != null) {
			Optional<ConsultationRequest> found = this.requests.findByReference(terms.reference());
			if (found.isPresent()) {
				return (last == null && shown.contains(found.get().getStatus())) ? List.of(found.get()) : List.of();
			}
		}
		if (terms.phone() == null && terms.words().isEmpty()) {
			return List.of();
		}
		return this.queries.exportBatch(shown, terms, afterAt, afterId, size);
	}

	/** The statuses a filter shows: the one chosen, or every one but spam. */
	private static Set<RequestStatus> shown(RequestStatus status) {
		return (status != null) ? EnumSet.of(status) : EnumSet.complementOf(EnumSet.of(RequestStatus.SPAM));
	}

	/**
	 * How many requests have each status (zero for none): new ones counted now, the
	 * others within the last minute (see {@link KeptCounts}).
	 */
	public Map<RequestStatus, Long> countByStatus() {
		Map<RequestStatus, Long> counts = new EnumMap<>(RequestStatus.class);
		for (RequestStatus status : RequestStatus.values()) {
			counts.put(status, 0L);
		}
		for (Object[] row : this.requests.countIn(List.of(RequestStatus.NEW))) {
			counts.put((RequestStatus) row[0], (Long) row[1]);
		}
		counts.putAll(this.keptCounts.counts());
		return counts;
	}

	/**
	 * Stores the keys the search finds a new request by (the words of its name, its email
	 * address: {@link SearchTerms#keysOf}), in the transaction that stores the request.
	 */
	void index(ConsultationRequest request) {
		for (String key : SearchTerms.keysOf(request.getFullName(), request.getEmail())) {
			this.entities.persist(new SearchKey(key, request.getId()));
		}
	}

}
