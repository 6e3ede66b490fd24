package com.nyfacialparalysis.staff;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import com.nyfacialparalysis.consultation.ConsultationRequest;

/**
 * An internal note on a request, for colleagues: who wrote it and when.
 */
@Entity
@Table(name = "request_notes")
public class RequestNote {

	public static final int BODY_MAX = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "request_id")
	private ConsultationRequest request;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "author_id")
	private StaffAccount author;

	@Column(nullable = false, length = BODY_MAX)
	private String body;

	@Column(name = "written_at", nullable = false)
	private Instant writtenAt;

	protected RequestNote() {
	}

	RequestNote(ConsultationRequest request, StaffAccount author, String body, Instant writtenAt) {
		this.request = request;
		this.author = author;
		this.body = body;
		this.writtenAt = writtenAt;
	}

	public StaffAccount getAuthor() {
		return this.author;
	}

	public String getBody() {
		return this.body;
	}

	public Instant getWrittenAt() {
		return this.writtenAt;
	}

}
