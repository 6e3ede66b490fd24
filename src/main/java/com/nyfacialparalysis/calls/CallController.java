package com.nyfacialparalysis.calls;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.nyfacialparalysis.clinic.ClinicProperties;
import com.nyfacialparalysis.desk.RequestPages;
import com.nyfacialparalysis.requests.Requests;
import com.nyfacialparalysis.system.FormProblems;
import com.nyfacialparalysis.system.SeeOther;

/**
 * The call log's forms on a request's page: "Log a call", "Call again on" and "Details
 * checked". A form with a mistake shows the request's page again with what was typed and
 * the problem linked to its field; nothing is stored.
 */
@Controller
class CallController {

	/** The element each field's problem links to (see the request's page). */
	static final Map<String, String> ELEMENTS = Map.of("outcome", "call-outcome", "note", "call-note", "on",
			"call-again-on");

	private static final int CALL_AGAIN_DAYS_MAX = 366;

	private final CallLog log;

	private final RequestPages pages;

	private final FormProblems problems;

	private final ClinicProperties clinic;

	private final Clock clock;

	CallController(CallLog log, RequestPages pages, FormProblems problems, ClinicProperties clinic, Clock clock) {
		this.log = log;
		this.pages = pages;
		this.problems = problems;
		this.clinic = clinic;
		this.clock = clock;
	}

	@PostMapping("/staff/requests/{id}/calls")
	Object logCall(@PathVariable Long id, @Valid @ModelAttribute("callForm") CallForm form, BindingResult result,
			Principal principal, Locale locale, Model model, RedirectAttributes flash) {
		if (!result.hasErrors()) {
			try {
				this.log.log(id, principal.getName(), form.getOutcome(), form.noteOrNull());
				flash.addFlashAttribute("done", "staff.calls.logged");
				return back(id);
			}
			catch (ObjectOptimisticLockingFailureException | Requests.ChangedMeanwhile ex) {
				result.rejectValue("outcome", "staff.calls.changedMeanwhile");
			}
		}
		this.problems.show(model, result, List.of("outcome", "note"), ELEMENTS::get);
		return this.pages.render(id, locale, model);
	}

	@PostMapping("/staff/requests/{id}/call-again")
	Object callAgain(@PathVariable Long id, @ModelAttribute("callAgainForm") CallAgainForm form, BindingResult result,
			Locale locale, Model model, RedirectAttributes flash) {
		LocalDate today = LocalDate.now(this.clock.withZone(this.clinic.hours().zone()));
		if (!result.hasErrors() && form.getOn() != null) {
			if (form.getOn().isBefore(today)) {
				result.rejectValue("on", "staff.calls.callAgain.past");
			}
			else if (form.getOn().isAfter(today.plusDays(CALL_AGAIN_DAYS_MAX))) {
				result.rejectValue("on", "staff.calls.callAgain.tooFar");
			}
		}
		if (result.hasErrors()) {
			this.problems.show(model, result, List.of("on"), ELEMENTS::get);
			return this.pages.render(id, locale, model);
		}
		this.log.callAgainOn(id, form.getOn());
		flash.addFlashAttribute("done",
				(form.getOn() != null) ? "staff.calls.callAgain.saved" : "staff.calls.callAgain.cleared");
		return back(id);
	}

	@PostMapping("/staff/requests/{id}/details-checked")
	Object detailsChecked(@PathVariable Long id, RedirectAttributes flash) {
		this.log.detailsChecked(id);
		flash.addFlashAttribute("done", "staff.calls.detailsChecked");
		return back(id);
	}

	private static Object back(Long id) {
		return SeeOther.to("/staff/requests/" + id);
	}

}
