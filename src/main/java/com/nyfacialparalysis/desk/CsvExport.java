package com.nyfacialparalysis.desk;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.nyfacialparalysis.accounts.StaffAccount;
import com.nyfacialparalysis.requests.ConsultationRequest;
import com.nyfacialparalysis.system.site.Language;

/**
 * Writes requests as CSV that spreadsheets open correctly: UTF-8 with a byte-order mark,
 * every cell quoted, and any cell that a spreadsheet would read as a formula (starting
 * with =, +, -, @, tab or carriage return) made plain text with a leading apostrophe.
 */
public final class CsvExport {

	static final String HEADER = "Reference,Received,Urgent,Within 72 hours,Status,Name,Phone,Email,Prefers,Concern,"
			+ "Symptoms began,Best time to call,Owner,Message,Language";

	private CsvExport() {
	}

	static String write(List<ConsultationRequest> requests, Map<String, String> concernTitles,
			Map<Long, StaffAccount> staff, ZoneId zone) {
		StringBuilder csv = new StringBuilder(start());
		rows(csv, requests, concernTitles, staff, zone);
		return csv.toString();
	}

	/** The byte-order mark and the header line. */
	static String start() {
		return "\uFEFF" + HEADER + "\r\n";
	}

	/** Appends one line a request. */
	static void rows(StringBuilder csv, List<ConsultationRequest> requests, Map<String, String> concernTitles,
			Map<Long, StaffAccount> staff, ZoneId zone) {
		DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
		for (ConsultationRequest request : requests) {
			row(csv, request.getReference(), time.format(request.getReceivedAt()), request.isUrgent() ? "yes" : "no",
					request.isWithin72Hours() ? "yes" : "no", request.getStatus().name(), request.getFullName(),
					request.getPhone(), request.getEmail(), request.getPreferredContact().name(),
					concernTitles.getOrDefault(request.getConcern(), request.getConcern()),
					request.getSymptomDuration() == null ? "" : request.getSymptomDuration().name(),
					request.getBestTimeToCall() == null ? "" : request.getBestTimeToCall().name(),
					(request.getOwnerId() == null || !staff.containsKey(request.getOwnerId())) ? ""
							: staff.get(request.getOwnerId()).getUsername(),
					request.getMessage(), request.getLanguage() == Language.SPANISH ? "Spanish" : "English");
		}
	}

	private static void row(StringBuilder csv, String... cells) {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(cell(cells[i]));
		}
		csv.append("\r\n");
	}

	/** One cell, quoted, never read as a formula. */
	public static String cell(String value) {
		String text = (value == null) ? "" : value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

}
