package com.nyfacialparalysis.desk;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.nyfacialparalysis.accounts.StaffAccountRepository;
import com.nyfacialparalysis.audit.AuditAction;
import com.nyfacialparalysis.audit.AuditEventRepository;
import com.nyfacialparalysis.audit.AuditLog;
import com.nyfacialparalysis.clinic.ClinicProperties;
import com.nyfacialparalysis.clinic.PhoneNumbers;
import com.nyfacialparalysis.consultation.Concerns;
import com.nyfacialparalysis.requests.ConsultationRequest;
import com.nyfacialparalysis.requests.RequestStatus;
import com.nyfacialparalysis.requests.Requests;
import com.nyfacialparalysis.system.FormProblems;
import com.nyfacialparalysis.system.SeeOther;

/**
 * One request, with everything the person gave, its status, owner, notes and history.
 * Opening it is recorded in the audit log. A note with a mistake shows the page again
 * with the note as typed and the problem beside it.
 */
@Controller
class RequestController implements RequestPages {

	static final String VIEW = "staff/requests/page";

	private final Requests requests;

	private final StaffAccountRepository accounts;

	private final AuditEventRepository events;

	private final AuditLog audit;

	private final Concerns concerns;

	private final ClinicProperties clinic;

	private final FormProblems problems;

	private final List<RequestPageSection> sections;

	RequestController(Requests requests, StaffAccountRepository accounts, AuditEventRepository events, AuditLog audit,
			Concerns concerns, ClinicProperties clinic, FormProblems problems, List<RequestPageSection> sections) {
		this.requests = requests;
		this.accounts = accounts;
		this.events = events;
		this.audit = audit;
		this.concerns = concerns;
		this.clinic = clinic;
		this.problems = problems;
		this.sections = sections;
	}

	@GetMapping("/staff/requests/{id}")
	String show(@PathVariable Long id, Locale locale, Model model) {
		model.addAttribute("noteForm", new NoteForm());
		Object problem = model.getAttribute("problem");
		this.problems.one(model, "handling-heading", (problem instanceof String code) ? code : null);
		return render(id, locale, model);
	}

	@PostMapping("/staff/requests/{id}/status")
	Object status(@PathVariable Long id, @RequestParam long version, @RequestParam RequestStatus status,
			RedirectAttributes flash) {
		return change(id, flash, () -> this.requests.changeStatus(id, version, status), "staff.request.statusChanged");
	}

	@PostMapping("/staff/requests/{id}/owner")
	Object owner(@PathVariable Long id, @RequestParam long version, @RequestParam(required = false) Long ownerId,
			RedirectAttributes flash) {
		return change(id, flash, () -> this.requests.changeOwner(id, version, ownerId), "staff.request.ownerChanged");
	}

	@PostMapping("/staff/requests/{id}/notes")
	Object note(@PathVariable Long id, @Valid @ModelAttribute("noteForm") NoteForm form, BindingResult result,
			Principal principal, Locale locale, Model model, RedirectAttributes flash) {
		if (result.hasErrors()) {
			this.problems.show(model, result, List.of("body"));
			return render(id, locale, model);
		}
		Long author = this.accounts.findByUsername(principal.getName()).orElseThrow().getId();
		this.requests.addNote(id, author, form.getBody());
		flash.addFlashAttribute("done", "staff.request.noteAdded");
		return back(id);
	}

	@Override
	public String render(Long id, Locale locale, Model model) {
		ConsultationRequest request = this.requests.get(id);
		this.audit.record(AuditAction.REQUEST_VIEWED, request.getReference(), null);
		model.addAttribute("request", request);
		model.addAttribute("phoneLink", request.getPhone() == null ? null : PhoneNumbers.toTelUri(request.getPhone()));
		model.addAttribute("concern", this.concerns.titleOf(request.getConcern(), locale));
		model.addAttribute("notes", this.requests.notesOn(id));
		model.addAttribute("staffById", this.accounts.everyoneById());
		model.addAttribute("history", this.events.historyOf(request.getReference()));
		model.addAttribute("staff", this.accounts.findByEnabledTrueOrderByDisplayNameAsc());
		model.addAttribute("statuses", RequestStatus.values());
		model.addAttribute("zone", this.clinic.hours().zone());
		if (!model.containsAttribute("noteForm")) {
			model.addAttribute("noteForm", new NoteForm());
		}
		this.sections.forEach((section) -> section.addTo(request, model));
		return VIEW;
	}

	private Object change(Long id, RedirectAttributes flash, Runnable change, String done) {
		try {
			change.run();
			flash.addFlashAttribute("done", done);
		}
		catch (Requests.ChangedMeanwhile ex) {
			flash.addFlashAttribute("problem", "staff.request.changedMeanwhile");
		}
		return back(id);
	}

	private static Object back(Long id) {
		return SeeOther.to("/staff/requests/" + id);
	}

}
