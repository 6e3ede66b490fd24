package com.nyfacialparalysis.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.nyfacialparalysis.audit.AuditAction;
import com.nyfacialparalysis.audit.AuditLog;
import com.nyfacialparalysis.system.site.Language;

/**
 * The consultation requests, and the only way to change one: store a new request, change
 * a status or an owner, add a note, log a call. Each change names the version the person
 * was looking at; if a colleague changed the request in between, nothing is overwritten.
 * Each change is in the audit log, in the same transaction. Finding and searching them is
 * the inbox's ({@link Inbox}).
 */
@Service
public class Requests {

	private final RequestRepository requests;

	private final RequestNoteRepository notes;

	private final Inbox inbox;

	private final KeptCounts keptCounts;

	private final ReferenceGenerator references;

	private final Colleagues colleagues;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Requests(RequestRepository requests, RequestNoteRepository notes, Inbox inbox, KeptCounts keptCounts,
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
		this.inbox.index(stored);
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
	 * What a call back did to a request, as the call log works it out from the request as
	 * it stood before the call.
	 *
	 * @param outcome how the call went, as the audit log names it
	 * @param at when it was made
	 * @param waitedSeconds how long the person had waited for it in open hours
	 * @param inTime whether it came within the promise
	 * @param statusAfter the status the call leads to (the same one for none)
	 * @param needsALook whether the request's details must be checked (a wrong number)
	 * @param callAgainOn the day to try calling again, or null for none
	 */
	public record CallMade(String outcome, Instant at, long waitedSeconds, boolean inTime, RequestStatus statusAfter,
			boolean needsALook, LocalDate callAgainOn) {
	}

	/**
	 * Records a call back on the request, read once: the first call stores when it was
	 * made, how long the person waited in open hours and whether the promise was kept
	 * (later ones change nothing there); then the status it leads to, the "check the
	 * details" mark and the day to call again. One line in the audit log says what the
	 * call was and what it changed.
	 * @param whatItDid what the call did, worked out from the request as it stands
	 * @return the request, as the call left it
	 * @throws RequestNotFoundException if there is no such request
	 */
	@Transactional
	public ConsultationRequest callMade(Long id, Function<ConsultationRequest, CallMade> whatItDid) {
		ConsultationRequest request = get(id);
		CallMade call = whatItDid.apply(request);
		List<String> changes = new ArrayList<>(List.of(call.outcome()));
		request.recordFirstCall(call.at(), call.waitedSeconds(), call.inTime());
		RequestStatus before = request.getStatus();
		if (call.statusAfter() != null && call.statusAfter() != before) {
			request.changeStatus(call.statusAfter(), call.at());
			changes.add("status " + before + " to " + call.statusAfter());
		}
		if (call.needsALook() && !request.isNeedsLook()) {
			request.setNeedsLook(true);
			changes.add("details to check");
		}
		if (!Objects.equals(call.callAgainOn(), request.getCallAgainOn())) {
			request.setCallAgainOn(call.callAgainOn());
			changes.add("call again " + ((call.callAgainOn() != null) ? "on " + call.callAgainOn() : "on no day"));
		}
		flush();
		if (before != request.getStatus()) {
			this.keptCounts.forget();
		}
		this.audit.record(AuditAction.CALL_LOGGED, request.getReference(), String.join("; ", changes));
		return request;
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
