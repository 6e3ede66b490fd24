package com.nyfacialparalysis.audit;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One line of the audit log: who did what, to which request (or requests), when, and from
 * where. Never changed once written, but for the count of a refusal repeated within the
 * hour ({@link AuditLog#recordRepeated}), which is kept on one line.
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

	@Column(name = "repeat_count", nullable = false, updatable = false)
	private int repeatCount;

	@Column(name = "last_occurred_at", updatable = false)
	private Instant lastOccurredAt;

	/** The requests an export, a page of the inbox or a retention run concerned. */
	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "audit_event_requests", joinColumns = @JoinColumn(name = "event_id"))
	@Column(name = "request_reference")
	private Set<String> requestReferences = new TreeSet<>();

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
		this.repeatCount = 1;
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

	/** How many times this happened (more than once only for repeated refusals). */
	public int getRepeatCount() {
		return this.repeatCount;
	}

	/** When a repeated refusal last happened, or null. */
	public Instant getLastOccurredAt() {
		return this.lastOccurredAt;
	}

}
