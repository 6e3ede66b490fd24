package com.nyfacialparalysis.staff;

import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.nyfacialparalysis.clinic.ClinicProperties;

/**
 * The audit log, for administrators: read-only, newest first, paged and filterable.
 */
@Controller
class AuditController {

	private static final int PAGE_SIZE = 50;

	private final AuditEventRepository events;

	private final ClinicProperties clinic;

	AuditController(AuditEventRepository events, ClinicProperties clinic) {
		this.events = events;
		this.clinic = clinic;
	}

	@GetMapping("/staff/audit")
	String list(@RequestParam(required = false) String actor, @RequestParam(required = false) AuditAction action,
			@RequestParam(required = false) String reference, @RequestParam(defaultValue = "0") int page, Model model) {
		String who = (actor == null || actor.isBlank()) ? null : actor.strip().toLowerCase(Locale.ROOT);
		String ref = (reference == null || reference.isBlank()) ? null : reference.strip().toUpperCase(Locale.ROOT);
		model.addAttribute("events",
				this.events.search(who, action, ref, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("actor", who);
		model.addAttribute("action", action);
		model.addAttribute("reference", ref);
		model.addAttribute("zone", this.clinic.hours().zone());
		return "staff/audit";
	}

}
