package com.nyfacialparalysis.requests;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.nyfacialparalysis.audit.AuditAction;
import com.nyfacialparalysis.audit.AuditLog;
import com.nyfacialparalysis.system.Language;

/**
 * The consultation requests, and the only way to change one: store a new request, find
 * and search them, change a status or an owner, add a note. Each change names the version
 * the person was looking at; if a colleague changed the request in between, nothing is
 * overwritten. Each change is in the audit log, in the same transaction.
 */
@Service
public class Requests {

	private final RequestRepository requests;

	private final RequestNoteRepository notes;

	private final ReferenceGenerator references;

	private final Colleagues colleagues;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Requests(RequestRepository requests, RequestNoteRepository notes, ReferenceGenerator references,
			Colleagues colleagues, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.requests = requests;
		this.notes = notes;
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
		if (stored.getStatus() == RequestStatus.NEW) {
			this.events.publishEvent(new RequestReceived(stored.getId(), stored.getReference(), stored.isUrgent(),
					stored.getLanguage()));
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
	 * Requests with this status (every status but spam when none is given), urgent first,
	 * then newest, that match the search (null for none): part of a name or an email,
	 * three or more digits of a phone number, or a whole reference.
	 */
	public Page<ConsultationRequest> find(RequestStatus status, String search, Pageable pageable) {
		if (search == null || search.isBlank()) {
			return this.requests.find(status, RequestStatus.SPAM, null, null, null, pageable);
		}
		String lower = search.toLowerCase(Locale.ROOT);
		String like = "%" + lower.replace("\\", "").replace("%", "").replace("_", "") + "%";
		String digits = search.replaceAll("[^0-9]", "");
		return this.requests.find(status, RequestStatus.SPAM, like, (digits.length() >= 3) ? "%" + digits + "%" : null,
				search.toUpperCase(Locale.ROOT), pageable);
	}

	/** How many requests have each status (zero for none). */
	public Map<RequestStatus, Long> countByStatus() {
		Map<RequestStatus, Long> counts = new EnumMap<>(RequestStatus.class);
		for (RequestStatus status : RequestStatus.values()) {
			counts.put(status, 0L);
		}
		for (Object[] row : this.requests.countByStatus()) {
			counts.put((RequestStatus) row[0], (Long) row[1]);
		}
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
