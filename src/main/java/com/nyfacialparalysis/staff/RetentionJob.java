package com.nyfacialparalysis.staff;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.nyfacialparalysis.clinic.RetentionProperties;
import com.nyfacialparalysis.consultation.ConsultationRequest;
import com.nyfacialparalysis.content.feedback.ReaderFeedback;

/**
 * Deletes requests that have been CLOSED or SPAM for longer than the retention period,
 * with their notes, and readers' feedback received over a year ago, once a day. What it
 * removed goes in the audit log, in the same transaction: one line naming every reference
 * deleted, never a person's details, and one line with the number of feedback answers.
 */
@Component
class RetentionJob {

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	private final InboxRepository inbox;

	private final RequestNoteRepository notes;

	private final RetentionProperties retention;

	private final AuditLog audit;

	private final Clock clock;

	private final ReaderFeedback readerFeedback;

	RetentionJob(InboxRepository inbox, RequestNoteRepository notes, RetentionProperties retention, AuditLog audit,
			Clock clock, ReaderFeedback readerFeedback) {
		this.inbox = inbox;
		this.notes = notes;
		this.retention = retention;
		this.audit = audit;
		this.clock = clock;
		this.readerFeedback = readerFeedback;
	}

	/**
	 * Once a day; with several instances on one database, on one of them only (the lock
	 * is held 5 minutes at least).
	 */
	@Scheduled(cron = "${clinic.retention.cron:0 30 3 * * *}", zone = "${clinic.hours.zone:America/New_York}")
	@SchedulerLock(name = "retention", lockAtLeastFor = "PT5M")
	@Transactional
	public void daily() {
		purge();
	}

	/** Deletes what is past the retention period now; returns the references deleted. */
	@Transactional
	List<String> purge() {
		int answers = this.readerFeedback.deleteOlderThanAYear();
		if (answers > 0) {
			this.audit.record("retention", AuditAction.FEEDBACK_DELETED_BY_RETENTION, null,
					answers + " reader feedback answers received over a year ago");
		}
		Instant cutoff = ZonedDateTime.now(this.clock).minus(this.retention.keepClosed()).toInstant();
		List<ConsultationRequest> expired = this.inbox.findClosedBefore(cutoff);
		if (expired.isEmpty()) {
			return List.of();
		}
		List<Long> ids = expired.stream().map(ConsultationRequest::getId).toList();
		List<String> references = expired.stream().map(ConsultationRequest::getReference).toList();
		this.notes.deleteForRequests(ids);
		this.inbox.deleteRequests(ids);
		this.audit.recordForRequests("retention", AuditAction.REQUESTS_DELETED_BY_RETENTION,
				references.size() + " requests closed before " + cutoff, references);
		log.info("Retention: deleted {} requests closed before {}", references.size(), cutoff);
		return references;
	}

}
