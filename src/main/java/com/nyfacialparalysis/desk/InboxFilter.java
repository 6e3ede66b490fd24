package com.nyfacialparalysis.desk;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Pageable;

import com.nyfacialparalysis.requests.ConsultationRequest;
import com.nyfacialparalysis.requests.Inbox;
import com.nyfacialparalysis.requests.InboxPage;
import com.nyfacialparalysis.requests.RequestStatus;

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

	InboxPage apply(Inbox inbox, LocalDate today, Pageable pageable, Map<RequestStatus, Long> counts, int searchLimit) {
		return inbox.find(this.status, this.q, today, pageable, counts, searchLimit);
	}

	/**
	 * The next batch of matching requests for an export, newest first, after {@code last}
	 * (null for the first batch).
	 */
	List<ConsultationRequest> exportBatch(Inbox inbox, ConsultationRequest last, int size) {
		return inbox.exportBatch(this.status, this.q, last, size);
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
