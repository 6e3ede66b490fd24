package com.nyfacialparalysis.calls;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.nyfacialparalysis.accounts.StaffAccountRepository;
import com.nyfacialparalysis.audit.AuditAction;
import com.nyfacialparalysis.audit.AuditLog;
import com.nyfacialparalysis.clinic.ClinicHoursCalendar;
import com.nyfacialparalysis.requests.ConsultationRequest;
import com.nyfacialparalysis.requests.RequestStatus;
import com.nyfacialparalysis.requests.Requests;

/**
 * Logs a call back and lets the request follow without extra clicks: the first attempt
 * ends the "call-back overdue" mark and stores how long the person waited in open hours;
 * reaching the person makes a new request contacted, a booking schedules it; a voicemail
 * or no answer sets "call again" on the next business day; a wrong number flags the
 * request for a look. Each step is in the audit log, by reference; what changes the
 * request goes through {@link Requests}.
 */
@Service
class CallLog {

	private final CallAttemptRepository attempts;

	private final Requests requests;

	private final StaffAccountRepository accounts;

	private final ClinicHoursCalendar calendar;

	private final AuditLog audit;

	private final Clock clock;

	CallLog(CallAttemptRepository attempts, Requests requests, StaffAccountRepository accounts,
			ClinicHoursCalendar calendar, AuditLog audit, Clock clock) {
		this.attempts = attempts;
		this.requests = requests;
		this.accounts = accounts;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Logs one attempt by the signed-in person.
	 * @throws com.nyfacialparalysis.requests.RequestNotFoundException if there is no such
	 * request
	 */
	@Transactional
	void log(Long requestId, String caller, CallOutcome outcome, String note) {
		ConsultationRequest request = this.requests.get(requestId);
		Long callerId = this.accounts.findByUsername(caller).orElseThrow().getId();
		Instant now = this.clock.instant();
		this.attempts.save(new CallAttempt(request.getId(), callerId, outcome, note, now));
		this.audit.record(AuditAction.CALL_LOGGED, request.getReference(), outcome.name());
		RequestStatus before = request.getStatus();
		this.requests.callMade(request.getId(), now,
				this.calendar.businessTimeBetween(request.getReceivedAt(), now).toSeconds(),
				!this.calendar.isOverdue(request.getReceivedAt(), now), outcome.statusAfter(before));
		if (outcome == CallOutcome.WRONG_NUMBER) {
			this.requests.needsALook(request.getId());
		}
		LocalDate callAgain = outcome.callAgain() ? this.calendar.nextOpeningAfter(now).toLocalDate() : null;
		this.requests.callAgainOn(request.getId(), callAgain);
	}

	@Transactional
	void callAgainOn(Long requestId, LocalDate day) {
		this.requests.callAgainOn(requestId, day);
	}

	@Transactional
	void detailsChecked(Long requestId) {
		this.requests.detailsChecked(requestId);
	}

}
