package com.nyfacialparalysis.calls;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.nyfacialparalysis.accounts.StaffAccountRepository;
import com.nyfacialparalysis.clinic.ClinicHoursCalendar;
import com.nyfacialparalysis.requests.ConsultationRequest;
import com.nyfacialparalysis.requests.Requests;

/**
 * Logs a call back and lets the request follow without extra clicks: the first attempt
 * ends the "call-back overdue" mark and stores how long the person waited in open hours;
 * reaching the person makes a new request contacted, a booking schedules it; a voicemail
 * or no answer sets "call again" on the next business day; a wrong number flags the
 * request for a look. It all goes through one call to {@link Requests#callMade}, which
 * reads the request once and writes one line in the audit log, by reference, saying what
 * the call was and what it changed.
 */
@Service
class CallLog {

	private final CallAttemptRepository attempts;

	private final Requests requests;

	private final StaffAccountRepository accounts;

	private final ClinicHoursCalendar calendar;

	private final Clock clock;

	CallLog(CallAttemptRepository attempts, Requests requests, StaffAccountRepository accounts,
			ClinicHoursCalendar calendar, Clock clock) {
		this.attempts = attempts;
		this.requests = requests;
		this.accounts = accounts;
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * Logs one attempt by the signed-in person.
	 * @throws com.nyfacialparalysis.requests.RequestNotFoundException if there is no such
	 * request
	 */
	@Transactional
	void log(Long requestId, String caller, CallOutcome outcome, String note) {
		Long callerId = this.accounts.findByUsername(caller).orElseThrow().getId();
		Instant now = this.clock.instant();
		ConsultationRequest request = this.requests.callMade(requestId,
				(before) -> new Requests.CallMade(outcome.name(), now,
						this.calendar.businessTimeBetween(before.getReceivedAt(), now).toSeconds(),
						!this.calendar.isOverdue(before.getReceivedAt(), now), outcome.statusAfter(before.getStatus()),
						outcome == CallOutcome.WRONG_NUMBER,
						outcome.callAgain() ? this.calendar.nextOpeningAfter(now).toLocalDate() : null));
		this.attempts.save(new CallAttempt(request.getId(), callerId, outcome, note, now));
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
