package com.nyfacialparalysis.content.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.JdbcTemplate;

import com.nyfacialparalysis.content.ContentPage;

/**
 * Sign-offs written straight into the database, as the desk (or another instance) would
 * leave them, so the pages can be tested before the desk's screen exists.
 */
final class SignOffRows {

	private SignOffRows() {
	}

	/** A sign-off of the page's current text. */
	static void ofCurrentText(JdbcTemplate jdbc, ContentPage page, String name, String jobTitle, Instant signedAt,
			LocalDate nextReviewDue) {
		insert(jdbc, page, page.sha256(), page.fileContent(), name, jobTitle, signedAt, nextReviewDue);
	}

	static void insert(JdbcTemplate jdbc, ContentPage page, String sha256, String content, String name, String jobTitle,
			Instant signedAt, LocalDate nextReviewDue) {
		jdbc.update("insert into content_sign_offs (page_kind, page_slug, content_sha256, content, clinician_id,"
				+ " clinician_name, clinician_title, signed_at, next_review_due) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				page.kind().name(), page.slug(), sha256, content, 7L, name, jobTitle,
				OffsetDateTime.ofInstant(signedAt, ZoneOffset.UTC), nextReviewDue);
	}

	/** Tests may start over; the application itself cannot delete a sign-off. */
	static void deleteAll(JdbcTemplate jdbc) {
		jdbc.update("delete from content_sign_offs");
	}

}
