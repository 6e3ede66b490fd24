package com.nyfacialparalysis.staff;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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

	/** Later than any request's receipt: where an export starts. */
	private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

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
		return inbox.find(this.status, today, like(), digits(), reference(), pageable);
	}

	/**
	 * The next batch of matching requests for an export, newest first, after {@code last}
	 * (null for the first batch). Each batch is read on its own, so only one batch is
	 * ever held in memory.
	 */
	List<ConsultationRequest> exportBatch(InboxRepository inbox, ConsultationRequest last, int size) {
		PageRequest batch = PageRequest.of(0, size);
		if (this.q == null) {
			// Without search words, each batch is read in order from an index.
			Instant afterAt = (last == null) ? LATEST : last.getReceivedAt();
			Long afterId = (last == null) ? Long.MAX_VALUE : last.getId();
			return (this.status == null) ? inbox.exportAllBut(RequestStatus.SPAM, afterAt, afterId, batch)
					: inbox.exportIn(this.status, afterAt, afterId, batch);
		}
		return (last == null) ? inbox.exportFirst(this.status, RequestStatus.SPAM, like(), digits(), reference(), batch)
				: inbox.exportAfter(this.status, RequestStatus.SPAM, like(), digits(), reference(),
						last.getReceivedAt(), last.getId(), batch);
	}

	/** The search words as a LIKE pattern on lower-case text, wildcards typed removed. */
	private String like() {
		return (this.q == null) ? null
				: "%" + this.q.toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "") + "%";
	}

	/** The digits typed, as a pattern on phone digits, when there are three or more. */
	private String digits() {
		String digits = (this.q == null) ? "" : this.q.replaceAll("[^0-9]", "");
		return (digits.length() >= 3) ? "%" + digits + "%" : null;
	}

	private String reference() {
		return (this.q == null) ? null : this.q.toUpperCase(Locale.ROOT);
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
