package com.nyfacialparalysis.content.review;

import java.time.Instant;
import java.time.LocalDate;

import com.nyfacialparalysis.content.PageKey;

/**
 * A clinician's sign-off of one page's exact text, as the desk shows it (without the text
 * itself, which {@link ContentReview#signedOffText} gives).
 *
 * @param id its number, in the order sign-offs were made
 * @param page the page signed off
 * @param sha256 the SHA-256 of the file's bytes that were checked
 * @param clinicianId the clinician's staff account
 * @param reviewer the clinician as named when signing
 * @param signedAt when
 * @param signedOn the day, in the clinic's time zone
 * @param nextReviewDue the day the page is due for review again
 */
public record SignOff(long id, PageKey page, String sha256, long clinicianId, Reviewer reviewer, Instant signedAt,
		LocalDate signedOn, LocalDate nextReviewDue) {
}
