package com.nyfacialparalysis.content.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import com.nyfacialparalysis.content.PageKey;

/**
 * One row of {@code content_sign_offs}: written once, never changed or deleted by the
 * application (Hibernate treats it as immutable, and its repository can only add and
 * read).
 */
@Entity
@Immutable
@Table(name = "content_sign_offs")
class ContentSignOff {

	/** The longest content file a sign-off can hold (the column's size). */
	static final int CONTENT_MAX = 1_000_000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Embedded
	private PageKey page;

	@Column(name = "content_sha256", nullable = false, updatable = false, length = 64)
	private String contentSha256;

	@Column(nullable = false, updatable = false, length = CONTENT_MAX)
	private String content;

	@Column(name = "clinician_id", nullable = false, updatable = false)
	private long clinicianId;

	@Column(name = "clinician_name", nullable = false, updatable = false, length = Reviewer.MAX_LENGTH)
	private String clinicianName;

	@Column(name = "clinician_title", updatable = false, length = Reviewer.MAX_LENGTH)
	private String clinicianTitle;

	@Column(name = "signed_at", nullable = false, updatable = false)
	private Instant signedAt;

	@Column(name = "next_review_due", nullable = false, updatable = false)
	private LocalDate nextReviewDue;

	protected ContentSignOff() {
	}

	ContentSignOff(PageKey page, String contentSha256, String content, long clinicianId, Reviewer reviewer,
			Instant signedAt, LocalDate nextReviewDue) {
		this.page = page;
		this.contentSha256 = contentSha256;
		this.content = content;
		this.clinicianId = clinicianId;
		this.clinicianName = reviewer.name();
		this.clinicianTitle = reviewer.jobTitle();
		this.signedAt = signedAt;
		this.nextReviewDue = nextReviewDue;
	}

	Long getId() {
		return this.id;
	}

	PageKey page() {
		return this.page;
	}

	String getContent() {
		return this.content;
	}

	SignOff toSignOff(ZoneId zone) {
		return new SignOff(this.id, page(), this.contentSha256, this.clinicianId,
				new Reviewer(this.clinicianName, this.clinicianTitle), this.signedAt,
				LocalDate.ofInstant(this.signedAt, zone), this.nextReviewDue);
	}

}
