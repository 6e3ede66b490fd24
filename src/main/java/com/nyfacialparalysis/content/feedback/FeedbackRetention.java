package com.nyfacialparalysis.content.feedback;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.nyfacialparalysis.audit.AuditAction;
import com.nyfacialparalysis.audit.AuditLog;

/**
 * Deletes readers' feedback received over a year ago, once a day, and says how many in
 * the audit log, in the same transaction (no line when there was nothing to delete).
 */
@Component
class FeedbackRetention {

	private final ReaderFeedback feedback;

	private final AuditLog audit;

	FeedbackRetention(ReaderFeedback feedback, AuditLog audit) {
		this.feedback = feedback;
		this.audit = audit;
	}

	/**
	 * Once a day, with the requests' retention; with several instances on one database,
	 * on one of them only.
	 */
	@Scheduled(cron = "${clinic.retention.cron:0 30 3 * * *}", zone = "${clinic.hours.zone:America/New_York}")
	@SchedulerLock(name = "feedback-retention", lockAtLeastFor = "PT5M")
	@Transactional
	public void daily() {
		purge();
	}

	/** Deletes what is over a year old now; returns how many answers were deleted. */
	@Transactional
	int purge() {
		int answers = this.feedback.deleteOlderThanAYear();
		if (answers > 0) {
			this.audit.record("retention", AuditAction.FEEDBACK_DELETED_BY_RETENTION, null,
					answers + " reader feedback answers received over a year ago");
		}
		return answers;
	}

}
