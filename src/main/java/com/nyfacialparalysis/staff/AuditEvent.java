package com.nyfacialparalysis.staff;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One line of the audit log: who did what, to which request, when, and from where. Never
 * changed once written.
 */
@Entity
@Immutable
@Table(name = "audit_events")
public class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at", nullable = false, updatable = false)
	private Instant occurredAt;

	@Column(length = 60, updatable = false)
	private String actor;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 40, updatable = false)
	private AuditAction action;

	@Column(name = "request_reference", length = 9, updatable = false)
	private String requestReference;

	@Column(length = 500, updatable = false)
	private String detail;

	@Column(name = "client_address", length = 45, updatable = false)
	private String clientAddress;

	protected AuditEvent() {
	}

	AuditEvent(Instant occurredAt, String actor, AuditAction action, String requestReference, String detail,
			String clientAddress) {
		this.occurredAt = occurredAt;
		this.actor = truncate(actor, 60);
		this.action = action;
		this.requestReference = requestReference;
		this.detail = truncate(detail, 500);
		this.clientAddress = truncate(clientAddress, 45);
	}

	private static String truncate(String value, int max) {
		return (value == null || value.length() <= max) ? value : value.substring(0, max);
	}

	public Long getId() {
		return this.id;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getActor() {
		return this.actor;
	}

	public AuditAction getAction() {
		return this.action;
	}

	public String getRequestReference() {
		return this.requestReference;
	}

	public String getDetail() {
		return this.detail;
	}

	public String getClientAddress() {
		return this.clientAddress;
	}

}
