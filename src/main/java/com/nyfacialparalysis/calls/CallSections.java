package com.nyfacialparalysis.calls;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import com.nyfacialparalysis.clinic.ClinicProperties;
import com.nyfacialparalysis.desk.InboxSection;
import com.nyfacialparalysis.desk.RequestPageSection;
import com.nyfacialparalysis.requests.ConsultationRequest;
import com.nyfacialparalysis.requests.RequestStatus;

/**
 * What the call log puts on the desk's pages: on a request, its attempts newest first and
 * the forms; in the inbox, each row's attempts and last outcome.
 */
@Component
class CallSections implements RequestPageSection, InboxSection {

	private final CallAttemptRepository attempts;

	private final ClinicProperties clinic;

	private final Clock clock;

	CallSections(CallAttemptRepository attempts, ClinicProperties clinic, Clock clock) {
		this.attempts = attempts;
		this.clinic = clinic;
		this.clock = clock;
	}

	@Override
	public void addTo(ConsultationRequest request, Model model) {
		model.addAttribute("calls", this.attempts.findForRequest(request.getId()));
		model.addAttribute("callOutcomes", CallOutcome.values());
		model.addAttribute("callAgainDue", isDue(request));
		if (!model.containsAttribute("callForm")) {
			model.addAttribute("callForm", new CallForm());
		}
		if (!model.containsAttribute("callAgainForm")) {
			CallAgainForm form = new CallAgainForm();
			form.setOn(request.getCallAgainOn());
			model.addAttribute("callAgainForm", form);
		}
	}

	@Override
	public void addTo(List<ConsultationRequest> shown, Model model) {
		Map<Long, CallSummary> summaries = new HashMap<>();
		if (!shown.isEmpty()) {
			LocalDate today = today();
			for (CallAttemptRepository.LatestAttempt latest : this.attempts
				.findLatest(shown.stream().map(ConsultationRequest::getId).toList())) {
				summaries.putIfAbsent(latest.getRequestId(), new CallSummary(latest.getAttempts(), latest.getOutcome(),
						latest.getAttemptedAt(),
						latest.getAttemptedAt().atZone(this.clinic.hours().zone()).toLocalDate().equals(today)));
			}
		}
		Map<Long, Boolean> due = new HashMap<>();
		shown.forEach((request) -> due.put(request.getId(), isDue(request)));
		model.addAttribute("callSummaries", summaries);
		model.addAttribute("callAgainDue", due);
	}

	/** Whether "call again" has come for an open request. */
	private boolean isDue(ConsultationRequest request) {
		return request.getCallAgainOn() != null && !request.getCallAgainOn().isAfter(today())
				&& request.getStatus() != RequestStatus.CLOSED && request.getStatus() != RequestStatus.SPAM;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.clinic.hours().zone()));
	}

}
