package com.nyfacialparalysis.calls;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.nyfacialparalysis.clinic.ClinicHoursCalendar;
import com.nyfacialparalysis.consultation.ConsultationRequest;
import com.nyfacialparalysis.consultation.ConsultationRequestRepository;
import com.nyfacialparalysis.consultation.RequestStatus;
import com.nyfacialparalysis.content.PageNotFoundException;
import com.nyfacialparalysis.staff.AuditAction;
import com.nyfacialparalysis.staff.AuditLog;
import com.nyfacialparalysis.staff.StaffAccount;
import com.nyfacialparalysis.staff.StaffAccountRepository;

/**
 * Logs a call back and lets the request follow without extra clicks: the first attempt
 * ends the "call-back overdue" mark and stores how long the person waited in open hours;
 * reaching the person makes a new request contacted, a booking schedules it; a voicemail
 * or no answer sets "call again" on the next business day; a wrong number flags the
 * request for a look. Each step is in the audit log, by reference.
 */
@Service
class CallLog {

	private final CallAttemptRepository attempts;

	private final ConsultationRequestRepository requests;

	private final StaffAccountRepository accounts;

	private final ClinicHoursCalendar calendar;

	private final AuditLog audit;

	private final Clock clock;

	CallLog(CallAttemptRepository attempts, ConsultationRequestRepository requests, StaffAccountRepository accounts,
			ClinicHoursCalendar calendar, AuditLog audit, Clock clock) {
		this.attempts = attempts;
		this.requests = requests;
		this.accounts = accounts;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	void log(Long requestId, String caller, CallOutcome outcome, String note) {
		ConsultationRequest request = load(requestId);
		StaffAccount who = this.accounts.findByUsername(caller).orElseThrow();
		Instant now = this.clock.instant();
		this.attempts.save(new CallAttempt(request, who, outcome, note, now));
		if (request.getFirstCallAt() == null) {
			request.recordFirstCall(now, this.calendar.businessTimeBetween(request.getReceivedAt(), now).toSeconds(),
					!this.calendar.isOverdue(request.getReceivedAt(), now));
		}
		this.audit.record(AuditAction.CALL_LOGGED, request.getReference(), outcome.name());
		RequestStatus before = request.getStatus();
		RequestStatus after = outcome.statusAfter(before);
		if (after != before) {
			request.changeStatus(after, now);
			this.audit.record(AuditAction.STATUS_CHANGED, request.getReference(),
					before + " to " + after + ", after a call");
		}
		if (outcome == CallOutcome.WRONG_NUMBER) {
			request.setNeedsLook(true);
		}
		LocalDate callAgain = outcome.callAgain() ? this.calendar.nextOpeningAfter(now).toLocalDate() : null;
		changeCallAgain(request, callAgain);
	}

	@Transactional
	void callAgainOn(Long requestId, LocalDate day) {
		changeCallAgain(load(requestId), day);
	}

	@Transactional
	void detailsChecked(Long requestId) {
		ConsultationRequest request = load(requestId);
		if (request.isNeedsLook()) {
			request.setNeedsLook(false);
			this.audit.record(AuditAction.DETAILS_CHECKED, request.getReference(), null);
		}
	}

	private void changeCallAgain(ConsultationRequest request, LocalDate day) {
		if ((day == null) ? request.getCallAgainOn() == null : day.equals(request.getCallAgainOn())) {
			return;
		}
		request.setCallAgainOn(day);
		this.audit.record(AuditAction.CALL_AGAIN_SET, request.getReference(), (day != null) ? day.toString() : "none");
	}

	private ConsultationRequest load(Long requestId) {
		return this.requests.findById(requestId).orElseThrow(() -> new PageNotFoundException("request"));
	}

}
