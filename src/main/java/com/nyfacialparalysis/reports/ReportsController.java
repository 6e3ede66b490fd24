package com.nyfacialparalysis.reports;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.nyfacialparalysis.audit.AuditAction;
import com.nyfacialparalysis.audit.AuditLog;
import com.nyfacialparalysis.desk.CsvExport;
import com.nyfacialparalysis.requests.figures.WeekFigures;

/**
 * The reports page, for the front desk and the practice manager (administrators), and its
 * figures as CSV. Neither shows a person's details: counts and times only.
 */
@Controller
class ReportsController {

	static final String CSV_HEADER = "Week starting,Requests,Urgent,Within 72 hours,Called,Median hours to first call,"
			+ "90th percentile hours to first call,Called within the promise,Promise due,Share within the promise";

	private final Reports reports;

	private final AuditLog audit;

	ReportsController(Reports reports, AuditLog audit) {
		this.reports = reports;
		this.audit = audit;
	}

	@GetMapping("/staff/reports")
	String show(Model model) {
		Reports.Figures figures = this.reports.figures();
		model.addAttribute("figures", figures);
		model.addAttribute("weekLabels", figures.weekLabels());
		model.addAttribute("charts", this.reports.charts(figures));
		return "staff/reports";
	}

	@GetMapping("/staff/reports/figures.csv")
	ResponseEntity<String> csv() {
		Reports.Figures figures = this.reports.figures();
		StringBuilder csv = new StringBuilder("\uFEFF").append(CSV_HEADER).append("\r\n");
		for (WeekFigures week : figures.weeks()) {
			row(csv, week.weekStarting().toString(), String.valueOf(week.requests()), String.valueOf(week.urgent()),
					String.valueOf(week.within72Hours()), String.valueOf(week.called()), hours(week.medianSeconds()),
					hours(week.p90Seconds()), String.valueOf(week.keptPromise()), String.valueOf(week.promiseDue()),
					(week.shareKept() == null) ? "" : String.format(Locale.US, "%.3f", week.shareKept()));
		}
		csv.append("\r\n");
		row(csv, "Concern", "Requests");
		figures.concerns().forEach((concern, count) -> row(csv, concern, String.valueOf(count)));
		csv.append("\r\n");
		row(csv, "Language", "Requests");
		figures.languages().forEach((language, count) -> row(csv, language, String.valueOf(count)));
		this.audit.record(AuditAction.REPORTS_EXPORTED, null, figures.weeks().size() + " weeks");
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("desk-figures.csv").build().toString())
			.body(csv.toString());
	}

	private static String hours(Double seconds) {
		return (seconds == null) ? "" : String.format(Locale.US, "%.2f", seconds / 3600);
	}

	private static void row(StringBuilder csv, String... cells) {
		for (int i = 0; i < cells.length; i++) {
			csv.append((i > 0) ? "," : "").append(CsvExport.cell(cells[i]));
		}
		csv.append("\r\n");
	}

}
