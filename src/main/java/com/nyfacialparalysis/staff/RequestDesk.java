package com.nyfacialparalysis.staff;

import java.time.Clock;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.nyfacialparalysis.consultation.ConsultationRequest;
import com.nyfacialparalysis.consultation.RequestStatus;
import com.nyfacialparalysis.content.PageNotFoundException;

/**
 * What staff do to a request: change its status, give it an owner, add a note. Each
 * change names the version the person was looking at; if a colleague changed the request
 * in between, nothing is overwritten.
 */
@Service
class RequestDesk {

	private final InboxRepository inbox;

	private final StaffAccountRepository accounts;

	private final RequestNoteRepository notes;

	private final AuditLog audit;

	private final Clock clock;

	RequestDesk(InboxRepository inbox, StaffAccountRepository accounts, RequestNoteRepository notes, AuditLog audit,
			Clock clock) {
		this.inbox = inbox;
		this.accounts = accounts;
		this.notes = notes;
		this.audit = audit;
		this.clock = clock;
	}

	/** Thrown when the request changed since the person loaded it. */
	static class ChangedMeanwhile extends RuntimeException {

		ChangedMeanwhile() {
			super("The request was changed by someone else");
		}

	}

	@Transactional
	void changeStatus(Long id, long seenVersion, RequestStatus status) {
		ConsultationRequest request = load(id, seenVersion);
		RequestStatus before = request.getStatus();
		if (before == status) {
			return;
		}
		request.changeStatus(status, this.clock.instant());
		flush();
		this.audit.record(AuditAction.STATUS_CHANGED, request.getReference(), before + " to " + status);
	}

	@Transactional
	void changeOwner(Long id, long seenVersion, Long ownerId) {
		ConsultationRequest request = load(id, seenVersion);
		StaffAccount owner = (ownerId == null) ? null
				: this.accounts.findById(ownerId).filter(StaffAccount::isEnabled).orElse(null);
		String before = (request.getOwner() == null) ? "nobody" : request.getOwner().getUsername();
		String after = (owner == null) ? "nobody" : owner.getUsername();
		if (before.equals(after)) {
			return;
		}
		request.setOwner(owner);
		flush();
		this.audit.record(AuditAction.OWNER_CHANGED, request.getReference(), before + " to " + after);
	}

	@Transactional
	void addNote(Long id, String author, String body) {
		ConsultationRequest request = this.inbox.findById(id).orElseThrow(() -> new PageNotFoundException("request"));
		StaffAccount writer = this.accounts.findByUsername(author).orElseThrow();
		this.notes.save(new RequestNote(request, writer, body, this.clock.instant()));
		this.audit.record(AuditAction.NOTE_ADDED, request.getReference(), null);
	}

	private ConsultationRequest load(Long id, long seenVersion) {
		ConsultationRequest request = this.inbox.findWithOwner(id)
			.orElseThrow(() -> new PageNotFoundException("request"));
		if (request.getVersion() != seenVersion) {
			throw new ChangedMeanwhile();
		}
		return request;
	}

	private void flush() {
		try {
			this.accounts.flush();
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new ChangedMeanwhile();
		}
	}

}
