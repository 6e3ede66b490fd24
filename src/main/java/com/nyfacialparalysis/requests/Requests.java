package com.nyfacialparalysis.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.nyfacialparalysis.audit.AuditAction;
import com.nyfacialparalysis.audit.AuditLog;
import com.nyfacialparalysis.system.site.Language;

/**
 * The consultation requests, and the only way to change one: store a new request, find
 * and search them, change a status or an owner, add a note. Each change names the version
 * the person was looking at; if a colleague changed the request in between, nothing is
 * overwritten. Each change is in the audit log, in the same transaction.
 */
@Service
public class Requests {

	/** Later than any request's receipt: where an export starts. */
	private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

	private final RequestRepository requests;

	private final RequestNoteRepository notes;

	private final InboxQueries inbox;

	private final KeptCounts keptCounts;

	private final ReferenceGenerator references;

	private final Colleagues colleagues;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Requests(RequestRepository requests, RequestNoteRepository notes, InboxQueries inbox, KeptCounts keptCounts,
			ReferenceGenerator references, Colleagues colleagues, AuditLog audit, ApplicationEventPublisher events,
			Clock clock) {
		this.requests = requests;
		this.notes = notes;
		this.inbox = inbox;
		this.keptCounts = keptCounts;
		this.references = references;
		this.colleagues = colleagues;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Thrown when the request changed since the person loaded it. */
	public static class ChangedMeanwhile extends RuntimeException {

		ChangedMeanwhile() {
			super("The request was changed by someone else");
		}

	}

	/**
	 * Stores a new request under a fresh reference and the id of its one-time token, and
	 * flushes it, so that a clash (the same token twice, or very rarely the same
	 * reference) shows here. A real request (not one caught by the trap field) is
	 * announced with {@link RequestReceived} once the transaction commits.
	 */
	@Transactional
	public ConsultationRequest receive(String submissionToken, RequestDetails details, boolean fromARobot,
			Language language) {
		RequestStatus status = fromARobot ? RequestStatus.SPAM : RequestStatus.NEW;
		ConsultationRequest request = new ConsultationRequest(this.references.next(), submissionToken, details, status,
				this.clock.instant());
		request.setLanguage(language);
		ConsultationRequest stored = this.requests.saveAndFlush(request);
		this.inbox.storeKeys(stored);
		if (stored.getStatus() != RequestStatus.NEW) {
			this.keptCounts.forget();
		}
		if (stored.getStatus() == RequestStatus.NEW) {
			this.events.publishEvent(new RequestReceived(stored.getId(), stored.getReference(), stored.isUrgent(),
					stored.isWithin72Hours(), stored.getLanguage()));
		}
		return stored;
	}

	/** The request stored under this one-time token's id, if any. */
	public Optional<ConsultationRequest> withSubmissionToken(String submissionToken) {
		return this.requests.findBySubmissionToken(submissionToken);
	}

	/** The request with this reference, if it is still kept. */
	public Optional<ConsultationRequest> withReference(String reference) {
		return this.requests.findByReference(reference);
	}

	/**
	 * The request with this id.
	 * @throws RequestNotFoundException if there is none
	 */
	public ConsultationRequest get(Long id) {
		return this.requests.findById(id).orElseThrow(() -> new RequestNotFoundException(id));
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
			InboxQueries.Found found = this.inbox.idsFound(terms, searchLimit);
			Set<Long> ids = found.ids();
			if (found.all()) {
				// Few enough to put in order here: three short reads, whatever the words.
				List<Long> ordered = this.inbox.inOrder(ids, shown, today);
				int from = (int) Math.min(pageable.getOffset(), ordered.size());
				List<Long> onThePage = ordered.subList(from, Math.min(from + pageable.getPageSize(), ordered.size()));
				return new InboxPage(new PageImpl<>(this.inbox.withIds(onThePage), pageable, ordered.size()), false);
			}
			// More than the limit of any status: when more than the limit of these are
			// shown,
			// that is all the pages need to know; otherwise they are counted (up to the
			// limit).
			total = (this.inbox.countShown(ids, shown) > searchLimit) ? searchLimit + 1
					: this.inbox.countMatching(shown, terms, searchLimit);
			more = total > searchLimit;
			total = Math.min(total, searchLimit);
		}
		else {
			total = shown.stream().mapToLong((each) -> counts.getOrDefault(each, 0L)).sum();
		}
		if (pageable.getOffset() >= total) {
			return new InboxPage(new PageImpl<>(List.of(), pageable, total), more);
		}
		List<ConsultationRequest> page = this.inbox.page(shown, terms, today, pageable, total);
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
		return this.inbox.exportBatch(shown, terms, afterAt, afterId, size);
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

	/** The notes on a request, oldest first. */
	public List<RequestNote> notesOn(Long id) {
		return this.notes.findForRequest(id);
	}

	@Transactional
	public void changeStatus(Long id, long seenVersion, RequestStatus status) {
		ConsultationRequest request = load(id, seenVersion);
		RequestStatus before = request.getStatus();
		if (before == status) {
			return;
		}
		request.changeStatus(status, this.clock.instant());
		flush();
		this.keptCounts.forget();
		this.audit.record(AuditAction.STATUS_CHANGED, request.getReference(), before + " to " + status);
	}

	/**
	 * Gives the request to the account with this id, or to nobody when it is null or the
	 * account may not look after requests (it is disabled, or there is no such account).
	 */
	@Transactional
	public void changeOwner(Long id, long seenVersion, Long ownerId) {
		ConsultationRequest request = load(id, seenVersion);
		Optional<String> owner = (ownerId == null) ? Optional.empty() : this.colleagues.whoCanOwn(ownerId);
		Long after = owner.isPresent() ? ownerId : null;
		if (Objects.equals(request.getOwnerId(), after)) {
			return;
		}
		String before = (request.getOwnerId() == null) ? "nobody"
				: this.colleagues.usernameOf(request.getOwnerId()).orElse("nobody");
		request.assignTo(after);
		flush();
		this.audit.record(AuditAction.OWNER_CHANGED, request.getReference(), before + " to " + owner.orElse("nobody"));
	}

	/**
	 * Adds a note written by the account with this id.
	 * @throws RequestNotFoundException if there is no such request
	 */
	@Transactional
	public void addNote(Long id, Long authorId, String body) {
		ConsultationRequest request = get(id);
		this.notes.save(new RequestNote(request.getId(), authorId, body, this.clock.instant()));
		this.audit.record(AuditAction.NOTE_ADDED, request.getReference(), null);
	}

	/**
	 * Records a call attempt on the request: the first one stores when it was made, how
	 * long the person waited in open hours and whether the promise was kept (later ones
	 * change nothing there); a status the call led to is set and audited as such.
	 * @throws RequestNotFoundException if there is no such request
	 */
	@Transactional
	public void callMade(Long id, Instant at, long waitedSeconds, boolean inTime, RequestStatus after) {
		ConsultationRequest request = get(id);
		request.recordFirstCall(at, waitedSeconds, inTime);
		RequestStatus before = request.getStatus();
		if (after != null && after != before) {
			request.changeStatus(after, at);
			flush();
			this.keptCounts.forget();
			this.audit.record(AuditAction.STATUS_CHANGED, request.getReference(),
					before + " to " + after + ", after a call");
		}
	}

	/**
	 * Sets the day to try calling again (null for none); a change is in the audit log.
	 * @throws RequestNotFoundException if there is no such request
	 */
	@Transactional
	public void callAgainOn(Long id, LocalDate day) {
		ConsultationRequest request = get(id);
		if (Objects.equals(day, request.getCallAgainOn())) {
			return;
		}
		request.setCallAgainOn(day);
		this.audit.record(AuditAction.CALL_AGAIN_SET, request.getReference(), (day != null) ? day.toString() : "none");
	}

	/**
	 * Marks the request for someone to check its details (a call reached a wrong number).
	 * @throws RequestNotFoundException if there is no such request
	 */
	@Transactional
	public void needsALook(Long id) {
		get(id).setNeedsLook(true);
	}

	/**
	 * Ends the "check the details" mark, if it was there; that is in the audit log.
	 * @throws RequestNotFoundException if there is no such request
	 */
	@Transactional
	public void detailsChecked(Long id) {
		ConsultationRequest request = get(id);
		if (request.isNeedsLook()) {
			request.setNeedsLook(false);
			this.audit.record(AuditAction.DETAILS_CHECKED, request.getReference(), null);
		}
	}

	private ConsultationRequest load(Long id, long seenVersion) {
		ConsultationRequest request = get(id);
		if (request.getVersion() != seenVersion) {
			throw new ChangedMeanwhile();
		}
		return request;
	}

	private void flush() {
		try {
			this.requests.flush();
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new ChangedMeanwhile();
		}
	}

}
