package com.nyfacialparalysis.requests;

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

import com.nyfacialparalysis.audit.AuditAction;
import com.nyfacialparalysis.audit.AuditLog;
import com.nyfacialparalysis.clinic.RetentionProperties;

/**
 * Deletes requests that have been CLOSED or SPAM for longer than the retention period,
 * with their notes, once a day. What it removed goes in the audit log, in the same
 * transaction: one line naming every reference deleted, never a person's details.
 */
@Component
public class RetentionJob {

	/** How many requests one transaction deletes. */
	static final int BATCH = 500;

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	private final RequestRepository requests;

	private final RequestNoteRepository notes;

	private final RetentionProperties retention;

	private final AuditLog audit;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final KeptCounts keptCounts;

	RetentionJob(RequestRepository requests, RequestNoteRepository notes, RetentionProperties retention, AuditLog audit,
			Clock clock, PlatformTransactionManager transactions, KeptCounts keptCounts) {
		this.requests = requests;
		this.notes = notes;
		this.retention = retention;
		this.audit = audit;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactions);
		this.keptCounts = keptCounts;
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
			this.keptCounts.forget();
			log.info("Retention: deleted {} requests closed before {}", deleted.size(), cutoff);
		}
		return deleted;
	}

	private List<String> deleteBatch(Instant cutoff) {
		List<RequestRepository.Expired> expired = this.requests.findClosedBefore(cutoff, BATCH);
		if (expired.isEmpty()) {
			return List.of();
		}
		List<Long> ids = expired.stream().map(RequestRepository.Expired::getId).toList();
		List<String> references = expired.stream().map(RequestRepository.Expired::getReference).toList();
		this.notes.deleteForRequests(ids);
		// Call attempts go with their request (on delete cascade).
		this.requests.deleteRequests(ids);
		this.audit.recordForRequests("retention", AuditAction.REQUESTS_DELETED_BY_RETENTION,
				references.size() + " requests closed before " + cutoff, references);
		return references;
	}

}
