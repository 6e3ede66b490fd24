package com.nyfacialparalysis.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Repository;

/**
 * The inbox's page read in the parts of its order, each newest first from an index: open
 * urgent requests whose "call again" day has come, the other open urgent requests, the
 * same two parts of the open requests whose symptoms began within 72 hours, open requests
 * whose "call again" day has come, then every other request. The first five parts are
 * small and counted (from the indexes alone); the page takes from each part what falls on
 * it, and the last part is read from the index on {@code (received_at, id)} only as far
 * as the page's end. A search narrows each part by one kind of key (see
 * {@link SearchTerms}), never by a pattern no index can answer.
 */
@Repository
class InboxQueries {

	/** The statuses in which a request still waits for the desk. */
	static final Set<RequestStatus> OPEN = EnumSet.of(RequestStatus.NEW, RequestStatus.CONTACTED,
			RequestStatus.SCHEDULED);

	private static final String NEWEST = " order by r.receivedAt desc, r.id desc";

	private static final String URGENT = "r.urgent = true";

	private static final String WITHIN_72_HOURS = "(r.urgent = false and r.within72Hours = true)";

	private static final String ROUTINE = "(r.urgent = false and r.within72Hours = false)";

	private static final String DUE = "r.callAgainOn <= :today";

	private static final String NOT_DUE = "(r.callAgainOn is null or r.callAgainOn > :today)";

	private final EntityManager entities;

	InboxQueries(EntityManager entities) {
		this.entities = entities;
	}

	/** A part of the inbox, read newest first. */
	private record Part(String where) {
	}

	/**
	 * "The status is one of these", written as the shorter list: {@code r.status in
	 * :name} with the statuses, or {@code r.status not in :name} with the others when
	 * they are fewer. Both say the same; the second keeps the embedded H2 database from
	 * reading the index on the status for a list of nearly every status (it then sorts
	 * every row of them for a page of 25) instead of reading the part's own index newest
	 * first and stopping at the page's end (docs/BENCHMARKS.md, the inbox on H2).
	 */
	record StatusIs(String name, String jpql, Set<RequestStatus> bound) {

		static StatusIs oneOf(String name, Set<RequestStatus> statuses) {
			Set<RequestStatus> others = EnumSet.complementOf(EnumSet.copyOf(statuses));
			if (!others.isEmpty() && others.size() < statuses.size()) {
				return new StatusIs(name, "r.status not in :" + name, others);
			}
			return new StatusIs(name, "r.status in :" + name, statuses);
		}

		void bind(TypedQuery<?> query) {
			query.setParameter(this.name, this.bound);
		}

	}

	/**
	 * The page of requests with one of {@code shown} statuses that match the search, in
	 * the inbox's order, no further than the {@code total}-th.
	 */
	List<ConsultationRequest> page(Set<RequestStatus> shown, SearchTerms search, LocalDate today, Pageable pageable,
			long total) {
		Set<RequestStatus> open = open(shown);
		List<Part> parts = new ArrayList<>();
		List<Long> counts = new ArrayList<>();
		if (!open.isEmpty()) {
			String isOpen = StatusIs.oneOf("open", open).jpql();
			long urgent = count(isOpen + " and " + URGENT, shown, open, search, today);
			long within72Hours = count(isOpen + " and " + WITHIN_72_HOURS, shown, open, search, today);
			String due = "select count(case when " + URGENT + " then 1 end), count(case when " + WITHIN_72_HOURS
					+ " then 1 end), count(case when " + ROUTINE + " then 1 end)"
					+ " from ConsultationRequest r where r.status in :dueStatuses and r.callAgainOn <= :today"
					+ matching(search);
			// Read from the index on (status, call_again_on): the statuses named.
			TypedQuery<Object[]> dueCounts = this.entities.createQuery(due, Object[].class);
			dueCounts.setParameter("dueStatuses", open);
			bind(dueCounts, due, shown, open, search, today);
			Object[] dueByKind = dueCounts.getSingleResult();
			long dueUrgent = ((Number) dueByKind[0]).longValue();
			long dueWithin72Hours = ((Number) dueByKind[1]).longValue();
			// Urgent requests, then those within 72 hours: each with the ones to call
			// again
			// today first.
			parts.add(new Part(isOpen + " and " + URGENT + " and " + DUE));
			counts.add(dueUrgent);
			parts.add(new Part(isOpen + " and " + URGENT + " and " + NOT_DUE));
			counts.add(Math.max(0, urgent - dueUrgent));
			parts.add(new Part(isOpen + " and " + WITHIN_72_HOURS + " and " + DUE));
			counts.add(dueWithin72Hours);
			parts.add(new Part(isOpen + " and " + WITHIN_72_HOURS + " and " + NOT_DUE));
			counts.add(Math.max(0, within72Hours - dueWithin72Hours));
			parts.add(new Part(isOpen + " and " + ROUTINE + " and " + DUE));
			counts.add(((Number) dueByKind[2]).longValue());
			parts.add(new Part(StatusIs.oneOf("shown", shown).jpql() + " and (r.status not in :stillOpen or (" + ROUTINE
					+ " and " + NOT_DUE + "))"));
		}
		else {
			parts.add(new Part(StatusIs.oneOf("shown", shown).jpql()));
		}
		// The last part is read until the page is full.
		counts.add(Long.MAX_VALUE);
		long offset = pageable.getOffset();
		// A search cut at its limit ends there.
		int size = (int) Math.max(0, Math.min(pageable.getPageSize(), total - offset));
		List<ConsultationRequest> page = new ArrayList<>(size);
		long before = 0;
		for (int i = 0; i < parts.size() && page.size() < size; i++) {
			long count = counts.get(i);
			long from = Math.max(0, offset + page.size() - before);
			if (from < count) {
				String jpql = "select r from ConsultationRequest r where " + parts.get(i).where() + matching(search)
						+ NEWEST;
				TypedQuery<ConsultationRequest> query = this.entities.createQuery(jpql, ConsultationRequest.class);
				bind(query, jpql, shown, open, search, today);
				query.setFirstResult((int) Math.min(Integer.MAX_VALUE, from));
				query.setMaxResults((int) Math.min(size - page.size(), count - from));
				page.addAll(query.getResultList());
			}
			before = (count == Long.MAX_VALUE) ? count : before + count;
		}
		return page;
	}

	/**
	 * How many requests with one of {@code shown} statuses match the search, counting no
	 * further than {@code atMost + 1}.
	 */
	long countMatching(Set<RequestStatus> shown, SearchTerms search, int atMost) {
		StatusIs isShown = StatusIs.oneOf("shown", shown);
		TypedQuery<Long> query = this.entities.createQuery(
				"select r.id from ConsultationRequest r where " + isShown.jpql() + matching(search), Long.class);
		isShown.bind(query);
		bindSearch(query, search);
		return query.setMaxResults(atMost + 1).getResultList().size();
	}

	/**
	 * The ids of requests the search finds, of any status, read from the search's own
	 * index alone: all of them if they are no more than {@code atMost}.
	 *
	 * @param ids the ids found
	 * @param all whether they are all there are
	 */
	record Found(Set<Long> ids, boolean all) {
	}

	/**
	 * The requests the search finds, of any status, up to {@code atMost + 1} matching
	 * keys: all of them, or some and more.
	 */
	Found idsFound(SearchTerms search, int atMost) {
		StringBuilder jpql = new StringBuilder();
		if (search.phone() != null) {
			jpql.append("select r.id from ConsultationRequest r where r.phoneReversed like :phone");
		}
		else {
			// Each further word narrows the requests of the first. One request can have
			// several keys that start with a word (its name's "garcia" and its email
			// address's "garcia@..."), so the ids are made distinct before they are
			// counted against the limit: reading every key of a word from the index alone
			// is cheap, and counting key rows would make a few hundred requests look like
			// more than the limit and send them down the slow path.
			jpql.append("select distinct k.requestId from SearchKey k where k.key like :word0 escape '\\'");
			for (int i = 1; i < search.words().size(); i++) {
				jpql.append(" and k.requestId in (select k")
					.append(i)
					.append(".requestId from SearchKey k")
					.append(i)
					.append(" where k")
					.append(i)
					.append(".key like :word")
					.append(i)
					.append(" escape '\\')");
			}
		}
		TypedQuery<Long> query = this.entities.createQuery(jpql.toString(), Long.class);
		bindTyped(query, search);
		List<Long> rows = query.setMaxResults(atMost + 1).getResultList();
		return new Found(new LinkedHashSet<>(rows), rows.size() <= atMost);
	}

	/**
	 * How many of these requests have one of {@code shown} statuses (and the search's
	 * language, if it has one).
	 */
	long countShown(Collection<Long> ids, Set<RequestStatus> shown, SearchTerms search) {
		StatusIs isShown = StatusIs.oneOf("shown", shown);
		TypedQuery<Long> query = this.entities
			.createQuery("select count(r) from ConsultationRequest r where r.id in :ids and " + isShown.jpql()
					+ inLanguage(search), Long.class);
		query.setParameter("ids", ids);
		isShown.bind(query);
		bindLanguage(query, search);
		return query.getSingleResult();
	}

	/**
	 * How many requests with one of {@code shown} statuses match the search, all counted:
	 * for a filter by language without typed words, whose requests no status count holds.
	 */
	long countAll(Set<RequestStatus> shown, SearchTerms search) {
		StatusIs isShown = StatusIs.oneOf("shown", shown);
		TypedQuery<Long> query = this.entities.createQuery(
				"select count(r) from ConsultationRequest r where " + isShown.jpql() + matching(search), Long.class);
		isShown.bind(query);
		bindSearch(query, search);
		return query.getSingleResult();
	}

	/**
	 * Those of these requests with one of {@code shown} statuses, in the inbox's order
	 * (open urgent requests, open ones within 72 hours, each with those whose "call
	 * again" day has come first, then open ones whose "call again" day has come, then
	 * newest), worked out from the few columns the order needs.
	 */
	List<Long> inOrder(Collection<Long> ids, Set<RequestStatus> shown, SearchTerms search, LocalDate today) {
		if (ids.isEmpty()) {
			return List.of();
		}
		record Row(Long id, boolean urgentAndOpen, boolean within72HoursAndOpen, boolean dueAndOpen,
				Instant receivedAt) {
		}
		List<Row> rows = new ArrayList<>(ids.size());
		StatusIs isShown = StatusIs.oneOf("shown", shown);
		TypedQuery<Object[]> query = this.entities.createQuery(
				"select r.id, r.status, r.urgent, r.within72Hours, r.callAgainOn, r.receivedAt"
						+ " from ConsultationRequest r where r.id in :ids and " + isShown.jpql() + inLanguage(search),
				Object[].class);
		query.setParameter("ids", ids);
		isShown.bind(query);
		bindLanguage(query, search);
		for (Object[] row : query.getResultList()) {
			boolean open = OPEN.contains((RequestStatus) row[1]);
			LocalDate callAgain = (LocalDate) row[4];
			boolean urgent = (Boolean) row[2];
			rows.add(new Row((Long) row[0], open && urgent, open && !urgent && (Boolean) row[3],
					open && callAgain != null && !callAgain.isAfter(today), (Instant) row[5]));
		}
		rows.sort(Comparator.comparing((Row row) -> !row.urgentAndOpen())
			.thenComparing((row) -> !row.within72HoursAndOpen())
			.thenComparing((row) -> !row.dueAndOpen())
			.thenComparing(Row::receivedAt, Comparator.reverseOrder())
			.thenComparing(Row::id, Comparator.reverseOrder()));
		return rows.stream().map(Row::id).toList();
	}

	/** The requests with these ids, in the order of the ids. */
	List<ConsultationRequest> withIds(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, ConsultationRequest> byId = new HashMap<>();
		this.entities.createQuery("select r from ConsultationRequest r where r.id in :ids", ConsultationRequest.class)
			.setParameter("ids", ids)
			.getResultList()
			.forEach((request) -> byId.put(request.getId(), request));
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
	}

	/**
	 * The next batch of an export that searches: matching requests newest first, after
	 * the last one written.
	 */
	List<ConsultationRequest> exportBatch(Set<RequestStatus> shown, SearchTerms search, Instant afterAt, Long afterId,
			int size) {
		TypedQuery<ConsultationRequest> query = this.entities.createQuery(
				"select r from ConsultationRequest r where r.status in :shown" + matching(search)
						+ " and (r.receivedAt < :afterAt or (r.receivedAt = :afterAt and r.id < :afterId))" + NEWEST,
				ConsultationRequest.class);
		query.setParameter("shown", shown);
		query.setParameter("afterAt", afterAt);
		query.setParameter("afterId", afterId);
		bindSearch(query, search);
		return query.setMaxResults(size).getResultList();
	}

	private long count(String where, Set<RequestStatus> shown, Set<RequestStatus> open, SearchTerms search,
			LocalDate today) {
		String jpql = "select count(r) from ConsultationRequest r where " + where + matching(search);
		TypedQuery<Long> query = this.entities.createQuery(jpql, Long.class);
		bind(query, jpql, shown, open, search, today);
		return query.getSingleResult();
	}

	private static Set<RequestStatus> open(Set<RequestStatus> shown) {
		Set<RequestStatus> open = EnumSet.noneOf(RequestStatus.class);
		shown.stream().filter(OPEN::contains).forEach(open::add);
		return open;
	}

	/**
	 * The search's condition: the phone digits end with the typed ones, or every typed
	 * word starts a key of the request. (A reference is looked up before this.)
	 */
	private static String matching(SearchTerms search) {
		StringBuilder where = new StringBuilder(inLanguage(search));
		if (search.phone() != null) {
			where.append(" and r.phoneReversed like :phone");
		}
		for (int i = 0; i < search.words().size(); i++) {
			where.append(" and r.id in (select k.requestId from SearchKey k where k.key like :word")
				.append(i)
				.append(" escape '\\')");
		}
		return where.toString();
	}

	/** The filter's language, when one is chosen: an index on it answers. */
	private static String inLanguage(SearchTerms search) {
		return (search.language() != null) ? " and r.callLanguage = :language" : "";
	}

	private static void bind(TypedQuery<?> query, String jpql, Set<RequestStatus> shown, Set<RequestStatus> open,
			SearchTerms search, LocalDate today) {
		if (jpql.contains(":shown")) {
			StatusIs.oneOf("shown", shown).bind(query);
		}
		if (jpql.contains(":open")) {
			StatusIs.oneOf("open", open).bind(query);
		}
		if (jpql.contains(":stillOpen")) {
			query.setParameter("stillOpen", OPEN);
		}
		if (jpql.contains(":today")) {
			query.setParameter("today", today);
		}
		bindSearch(query, search);
	}

	private static void bindLanguage(TypedQuery<?> query, SearchTerms search) {
		if (search.language() != null) {
			query.setParameter("language", search.language());
		}
	}

	private static void bindSearch(TypedQuery<?> query, SearchTerms search) {
		bindLanguage(query, search);
		bindTyped(query, search);
	}

	/** Binds what was typed: the phone digits and the words, not the language. */
	private static void bindTyped(TypedQuery<?> query, SearchTerms search) {
		if (search.phone() != null) {
			query.setParameter("phone", search.phone() + "%");
		}
		List<String> patterns = search.wordPatterns();
		for (int i = 0; i < patterns.size(); i++) {
			query.setParameter("word" + i, patterns.get(i));
		}
	}

}
