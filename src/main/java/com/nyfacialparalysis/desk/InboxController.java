package com.nyfacialparalysis.desk;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.nyfacialparalysis.accounts.StaffAccount;
import com.nyfacialparalysis.accounts.StaffAccountRepository;
import com.nyfacialparalysis.audit.AuditAction;
import com.nyfacialparalysis.audit.AuditLog;
import com.nyfacialparalysis.clinic.ClinicHoursCalendar;
import com.nyfacialparalysis.clinic.ClinicProperties;
import com.nyfacialparalysis.consultation.Concerns;
import com.nyfacialparalysis.requests.ConsultationRequest;
import com.nyfacialparalysis.requests.Inbox;
import com.nyfacialparalysis.requests.InboxPage;
import com.nyfacialparalysis.requests.RequestStatus;

/**
 * The inbox of consultation requests: urgent first, then newest, with counts per status,
 * a filter, a search, paging, a mark on requests still waiting past the promised
 * call-back, and an export of what is shown. Every page of it and every export is in the
 * audit log: who, when, how many rows and which requests (never the search words).
 */
@Controller
class InboxController {

	/** How many requests an export reads at a time. */
	static final int EXPORT_BATCH = 500;

	private final Inbox inbox;

	private final StaffAccountRepository accounts;

	private final DeskProperties properties;

	private final ClinicHoursCalendar calendar;

	private final ClinicProperties clinic;

	private final Concerns concerns;

	private final AuditLog audit;

	private final Clock clock;

	private final List<InboxSection> sections;

	InboxController(Inbox inbox, StaffAccountRepository accounts, DeskProperties properties,
			ClinicHoursCalendar calendar, ClinicProperties clinic, Concerns concerns, AuditLog audit, Clock clock,
			List<InboxSection> sections) {
		this.inbox = inbox;
		this.accounts = accounts;
		this.properties = properties;
		this.calendar = calendar;
		this.clinic = clinic;
		this.concerns = concerns;
		this.audit = audit;
		this.clock = clock;
		this.sections = sections;
	}

	@GetMapping("/staff/requests")
	String list(@RequestParam(required = false) RequestStatus status, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
		InboxFilter filter = new InboxFilter(status, q);
		Map<RequestStatus, Long> counts = this.inbox.countByStatus();
		InboxPage found = filter.apply(this.inbox, today(),
				PageRequest.of(Math.max(0, page), this.properties.pageSize()), counts, this.properties.searchLimit());
		Page<ConsultationRequest> requests = found.requests();
		Map<String, Boolean> overdue = new LinkedHashMap<>();
		var now = this.clock.instant();
		for (ConsultationRequest request : requests) {
			// The first call attempt, whatever its outcome, ends the mark.
			overdue.put(request.getReference(), request.getStatus() == RequestStatus.NEW
					&& request.getFirstCallAt() == null && this.calendar.isOverdue(request.getReceivedAt(), now));
		}
		this.sections.forEach((section) -> section.addTo(requests.getContent(), model));
		this.audit.recordForRequests(AuditAction.REQUESTS_LISTED, shown(requests) + ", " + filter.describe(),
				references(requests));
		model.addAttribute("requests", requests);
		model.addAttribute("more", found.more());
		model.addAttribute("searchLimit", this.properties.searchLimit());
		model.addAttribute("overdue", overdue);
		model.addAttribute("counts", counts);
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", RequestStatus.values());
		model.addAttribute("concerns", this.concerns.titles(locale));
		model.addAttribute("staffById", this.accounts.everyoneById());
		model.addAttribute("zone", this.clinic.hours().zone());
		return "staff/requests/list";
	}

	/**
	 * Every matching request as CSV, newest first, written to the answer batch by batch
	 * as it is read (memory holds one batch, never the whole export). The audit names
	 * every request exported.
	 */
	@GetMapping("/staff/requests/export.csv")
	void export(@RequestParam(required = false) RequestStatus status, @RequestParam(required = false) String q,
			Locale locale, HttpServletResponse response) throws IOException {
		InboxFilter filter = new InboxFilter(status, q);
		Map<String, String> titles = this.concerns.titles(locale);
		Map<Long, StaffAccount> staff = this.accounts.everyoneById();
		ZoneId zone = this.clinic.hours().zone();
		response.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8).toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("consultation-requests.csv").build().toString());
		List<String> references = new ArrayList<>();
		Writer writer = response.getWriter();
		writer.write(CsvExport.start());
		ConsultationRequest last = null;
		List<ConsultationRequest> batch;
		do {
			batch = filter.exportBatch(this.inbox, last, EXPORT_BATCH);
			StringBuilder lines = new StringBuilder();
			CsvExport.rows(lines, batch, titles, staff, zone);
			writer.write(lines.toString());
			batch.forEach((request) -> references.add(request.getReference()));
			last = batch.isEmpty() ? last : batch.get(batch.size() - 1);
		}
		while (batch.size() == EXPORT_BATCH);
		writer.flush();
		this.audit.recordForRequests(AuditAction.REQUESTS_EXPORTED,
				references.size() + " requests, " + filter.describe(), references);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.clinic.hours().zone()));
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
