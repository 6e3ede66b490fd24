package com.nyfacialparalysis.staff;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.nyfacialparalysis.clinic.RetentionProperties;
import com.nyfacialparalysis.content.feedback.ReaderFeedback;

/**
 * Deletes requests that have been CLOSED or SPAM for longer than the retention period,
 * with their notes, and readers' feedback received over a year ago, once a day. What it
 * removed goes in the audit log, in the same transaction: one line naming every reference
 * deleted, never a person's details, and one line with the number of feedback answers.
 */
@Component
class RetentionJob {

	/** How many requests one transaction deletes. */
	static final int BATCH = 500;

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	private final InboxRepository inbox;

	private final RequestNoteRepository notes;

	private final RetentionProperties retention;

	private final AuditLog audit;

	private final Clock clock;

	private final ReaderFeedback readerFeedback;

	private final TransactionTemplate transactions;

	RetentionJob(InboxRepository inbox, RequestNoteRepository notes, RetentionProperties retention, AuditLog audit,
			Clock clock, ReaderFeedback readerFeedback, PlatformTransactionManager transactions) {
		this.inbox = inbox;
		this.notes = notes;
		this.retention = retention;
		this.audit = audit;
		this.clock = clock;
		this.readerFeedback = readerFeedback;
		this.transactions = new TransactionTemplate(transactions);
	}

	/**
	 * Once a day; with several instances on one database, on one of them only (the lock
	 * is held 5 minutes at least).
	 */
	@Scheduled(cron = "${clinic.retention.cron:0 30 3 * * *}", zone = "${clinic.hours.zone:America/New_York}")
	@SchedulerLock(name = "retention", lockAtLeastFor = "PT5M")
	public void daily() {
		purge();
	}

	/**
	 * Deletes what is past the retention period now, {@value #BATCH} requests a
	 * transaction (each batch with its notes, call attempts and its audit line, so a
	 * large backlog neither holds one long transaction nor fills memory); returns the
	 * references deleted.
	 */
	List<String> purge() {
		this.transactions.executeWithoutResult((status) -> {
			int answers = this.readerFeedback.deleteOlderThanAYear();
			if (answers > 0) {
				this.audit.record("retention", AuditAction.FEEDBACK_DELETED_BY_RETENTION, null,
						answers + " reader feedback answers received over a year ago");
			}
		});
		Instant cutoff = ZonedDateTime.now(this.clock).minus(this.retention.keepClosed()).toInstant();
		List<String> deleted = new ArrayList<>();
		int batch;
		do {
			List<String> references = this.transactions.execute((status) -> deleteBatch(cutoff));
			deleted.addAll(references);
			batch = references.size();
		}
		while (batch == BATCH);
		if (!deleted.isEmpty()) {
			log.info("Retention: deleted {} requests closed before {}", deleted.size(), cutoff);
		}
		return deleted;
	}

	private List<String> deleteBatch(Instant cutoff) {
		List<InboxRepository.Expired> expired = this.inbox.findClosedBefore(cutoff, BATCH);
		if (expired.isEmpty()) {
			return List.of();
		}
		List<Long> ids = expired.stream().map(InboxRepository.Expired::getId).toList();
		List<String> references = expired.stream().map(InboxRepository.Expired::getReference).toList();
		this.notes.deleteForRequests(ids);
		// Call attempts go with their request (on delete cascade).
		this.inbox.deleteRequests(ids);
		this.audit.recordForRequests("retention", AuditAction.REQUESTS_DELETED_BY_RETENTION,
				references.size() + " requests closed before " + cutoff, references);
		return references;
	}

}
