package com.nyfacialparalysis.staff;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import com.nyfacialparalysis.consultation.ConsultationRequest;
import com.nyfacialparalysis.consultation.RequestStatus;

/**
 * What the receptionist asked the inbox for: a status (none means every request but spam)
 * and search words.
 *
 * @param status the status to show, or null
 * @param q what was typed in the search box, or null
 */
public record InboxFilter(RequestStatus status, String q) {

	public InboxFilter {
		// Control characters (a NUL, say) never reach the database: PostgreSQL refuses
		// them.
		q = (q == null) ? null : q.replaceAll("\\p{Cntrl}", " ");
		q = (q == null || q.isBlank()) ? null : q.strip();
		if (q != null && q.length() > 100) {
			q = q.substring(0, 100);
		}
	}

	Page<ConsultationRequest> apply(InboxRepository inbox, LocalDate today, Pageable pageable) {
		if (this.q == null) {
			return inbox.find(this.status, today, null, null, null, pageable);
		}
		String lower = this.q.toLowerCase(Locale.ROOT);
		String like = "%" + lower.replace("\\", "").replace("%", "").replace("_", "") + "%";
		String digits = this.q.replaceAll("[^0-9]", "");
		return inbox.find(this.status, today, like, digits.length() >= 3 ? "%" + digits + "%" : null,
				this.q.toUpperCase(Locale.ROOT), pageable);
	}

	/** The filter as query parameters, for links that keep it (paging, export). */
	public String query() {
		StringBuilder query = new StringBuilder();
		if (this.status != null) {
			query.append("status=").append(this.status.name());
		}
		if (this.q != null) {
			query.append(query.isEmpty() ? "" : "&")
				.append("q=")
				.append(URLEncoder.encode(this.q, StandardCharsets.UTF_8));
		}
		return query.toString();
	}

	String describe() {
		return "status=" + (this.status == null ? "all" : this.status) + (this.q == null ? "" : ", search");
	}

}
