package com.nyfacialparalysis.desk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.nyfacialparalysis.audit.AuditAction;
import com.nyfacialparalysis.audit.AuditEvent;
import com.nyfacialparalysis.audit.AuditEventRepository;
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
		String who = plain(actor).map((name) -> name.toLowerCase(Locale.ROOT)).orElse(null);
		String ref = plain(reference).map((text) -> text.toUpperCase(Locale.ROOT)).orElse(null);
		Page<AuditEvent> found = this.events.search(who, action, ref, PageRequest.of(Math.max(0, page), PAGE_SIZE));
		Map<Long, List<String>> references = new HashMap<>();
		List<Long> ids = found.getContent().stream().map(AuditEvent::getId).toList();
		if (!ids.isEmpty()) {
			for (Object[] row : this.events.referencesOf(ids)) {
				references.computeIfAbsent((Long) row[0], (id) -> new ArrayList<>()).add((String) row[1]);
			}
		}
		model.addAttribute("events", found);
		model.addAttribute("references", references);
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("actor", who);
		model.addAttribute("action", action);
		model.addAttribute("reference", ref);
		model.addAttribute("zone", this.clinic.hours().zone());
		return "staff/audit";
	}

	/**
	 * A filter as typed, without control characters or spaces around it; empty for none.
	 */
	private static Optional<String> plain(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String text = typed.replaceAll("\\p{Cntrl}", "").strip();
		return text.isEmpty() ? Optional.empty() : Optional.of(text);
	}

}
