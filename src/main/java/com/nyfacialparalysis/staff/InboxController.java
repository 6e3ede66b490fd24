package com.nyfacialparalysis.staff;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.nyfacialparalysis.audit.AuditAction;
import com.nyfacialparalysis.audit.AuditLog;
import com.nyfacialparalysis.clinic.ClinicHoursCalendar;
import com.nyfacialparalysis.clinic.ClinicProperties;
import com.nyfacialparalysis.consultation.Concerns;
import com.nyfacialparalysis.requests.ConsultationRequest;
import com.nyfacialparalysis.requests.RequestStatus;
import com.nyfacialparalysis.requests.Requests;

/**
 * The inbox of consultation requests: urgent first, then newest, with counts per status,
 * a filter, a search, paging, a mark on requests still waiting past the promised
 * call-back, and an export of what is shown. Every page of it and every export is in the
 * audit log: who, when, how many rows and which requests (never the search words).
 */
@Controller
class InboxController {

	private static final int EXPORT_MAX = 10_000;

	private final Requests requests;

	private final StaffAccountRepository accounts;

	private final StaffProperties properties;

	private final ClinicHoursCalendar calendar;

	private final ClinicProperties clinic;

	private final Concerns concerns;

	private final AuditLog audit;

	private final Clock clock;

	InboxController(Requests requests, StaffAccountRepository accounts, StaffProperties properties,
			ClinicHoursCalendar calendar, ClinicProperties clinic, Concerns concerns, AuditLog audit, Clock clock) {
		this.requests = requests;
		this.accounts = accounts;
		this.properties = properties;
		this.calendar = calendar;
		this.clinic = clinic;
		this.concerns = concerns;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/staff/requests")
	String list(@RequestParam(required = false) RequestStatus status, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
		InboxFilter filter = new InboxFilter(status, q);
		Page<ConsultationRequest> requests = filter.apply(this.requests,
				PageRequest.of(Math.max(0, page), this.properties.pageSize()));
		Map<String, Boolean> overdue = new LinkedHashMap<>();
		var now = this.clock.instant();
		for (ConsultationRequest request : requests) {
			overdue.put(request.getReference(), request.getStatus() == RequestStatus.NEW
					&& now.isAfter(this.calendar.callBackBy(request.getReceivedAt()).toInstant()));
		}
		this.audit.recordForRequests(AuditAction.REQUESTS_LISTED, shown(requests) + ", " + filter.describe(),
				references(requests));
		model.addAttribute("requests", requests);
		model.addAttribute("overdue", overdue);
		model.addAttribute("counts", this.requests.countByStatus());
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", RequestStatus.values());
		model.addAttribute("concerns", this.concerns.titles(locale));
		model.addAttribute("staffById", this.accounts.everyoneById());
		model.addAttribute("zone", this.clinic.hours().zone());
		return "staff/requests/list";
	}

	@GetMapping("/staff/requests/export.csv")
	ResponseEntity<String> export(@RequestParam(required = false) RequestStatus status,
			@RequestParam(required = false) String q, Locale locale) {
		InboxFilter filter = new InboxFilter(status, q);
		Page<ConsultationRequest> requests = filter.apply(this.requests, PageRequest.of(0, EXPORT_MAX));
		this.audit.recordForRequests(AuditAction.REQUESTS_EXPORTED,
				requests.getNumberOfElements() + " requests, " + filter.describe(), references(requests));
		String csv = CsvExport.write(requests.getContent(), this.concerns.titles(locale), this.accounts.everyoneById(),
				this.clinic.hours().zone());
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("consultation-requests.csv").build().toString())
			.body(csv);
	}

	/** How many rows a page of the inbox shows, and which page it is. */
	private static String shown(Page<ConsultationRequest> requests) {
		return requests.getNumberOfElements() + " shown, page " + (requests.getNumber() + 1) + " of "
				+ Math.max(1, requests.getTotalPages());
	}

	private static List<String> references(Page<ConsultationRequest> requests) {
		return requests.getContent().stream().map(ConsultationRequest::getReference).toList();
	}

}
