package com.nyfacialparalysis.content.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.JdbcTemplate;

import com.nyfacialparalysis.content.ContentPage;

/**
 * Sign-offs written straight into the database, as the desk (or another instance) would
 * leave them, and the clean start every test about sign-offs begins from: none at all,
 * and the site told so.
 */
public final class SignOffRows {

	/** Who signs off when a test does not say: not an account of the site. */
	private static final long SOME_CLINICIAN = 7L;

	private SignOffRows() {
	}

	/**
	 * No sign-off in the database, and the pages told so at once (the watch otherwise
	 * looks only now and then). Tests may start over; the application itself cannot
	 * delete a sign-off.
	 */
	public static void noneYet(JdbcTemplate jdbc, SignOffWatch watch) {
		jdbc.update("delete from content_sign_offs");
		watch.check();
	}

	/** A sign-off of the page's current text. */
	public static void ofCurrentText(JdbcTemplate jdbc, ContentPage page, String name, String jobTitle,
			Instant signedAt, LocalDate nextReviewDue) {
		insert(jdbc, page, page.sha256(), page.fileContent(), name, jobTitle, signedAt, nextReviewDue);
	}

	public static void insert(JdbcTemplate jdbc, ContentPage page, String sha256, String content, String name,
			String jobTitle, Instant signedAt, LocalDate nextReviewDue) {
		insert(jdbc, page, sha256, content, SOME_CLINICIAN, name, jobTitle, signedAt, nextReviewDue);
	}

	/** A sign-off of the text given, by the clinician with this account id. */
	public static void insert(JdbcTemplate jdbc, ContentPage page, String sha256, String content, long clinicianId,
			String name, String jobTitle, Instant signedAt, LocalDate nextReviewDue) {
		jdbc.update("insert into content_sign_offs (page_kind, page_slug, content_sha256, content, clinician_id,"
				+ " clinician_name, clinician_title, signed_at, next_review_due) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				page.kind().name(), page.slug(), sha256, content, clinicianId, name, jobTitle,
				OffsetDateTime.ofInstant(signedAt, ZoneOffset.UTC), nextReviewDue);
	}

}
