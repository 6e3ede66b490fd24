package com.nyfacialparalysis.content.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import com.nyfacialparalysis.content.PageKey;
import com.nyfacialparalysis.content.PageKind;

/**
 * A sign-off read without its copy of the text, for lists and for the pages' notices.
 */
record SignOffSummary(long id, PageKind pageKind, String pageSlug, String contentSha256, long clinicianId,
		String clinicianName, String clinicianTitle, Instant signedAt, LocalDate nextReviewDue) {

	/**
	 * The columns a query selects, in this record's order (Spring Data makes each row one
	 * of these).
	 */
	static final String COLUMNS = "s.id, s.page.kind, s.page.slug, s.contentSha256, s.clinicianId, s.clinicianName,"
			+ " s.clinicianTitle, s.signedAt, s.nextReviewDue";

	SignOff toSignOff(ZoneId zone) {
		return new SignOff(this.id, new PageKey(this.pageKind, this.pageSlug), this.contentSha256, this.clinicianId,
				new Reviewer(this.clinicianName, this.clinicianTitle), this.signedAt,
				LocalDate.ofInstant(this.signedAt, zone), this.nextReviewDue);
	}

}
