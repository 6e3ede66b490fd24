package com.nyfacialparalysis.content.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.nyfacialparalysis.clinic.ClinicProperties;
import com.nyfacialparalysis.content.PageKey;
import com.nyfacialparalysis.content.PageKind;

/**
 * Readers' answers to "Was this page helpful?": stored as given, counted for the desk,
 * their comments listed for staff to act on, and deleted after a year.
 */
@Service
public class ReaderFeedback {

	private static final Logger log = LoggerFactory.getLogger(ReaderFeedback.class);

	/** How far back the desk's yes and no counts go. */
	public static final Duration COUNTED_OVER = Duration.ofDays(90);

	private final PageFeedbackRepository feedback;

	private final Clock clock;

	private final ClinicProperties clinic;

	ReaderFeedback(PageFeedbackRepository feedback, Clock clock, ClinicProperties clinic) {
		this.feedback = feedback;
		this.clock = clock;
		this.clinic = clinic;
	}

	/** Keeps one reader's answer. */
	@Transactional
	void receive(PageKey page, boolean helpful, String comment) {
		this.feedback.save(new PageFeedback(page, helpful, comment, this.clock.instant()));
	}

	/** Yes and no answers per page over the last 90 days, for every page that has any. */
	@Transactional(readOnly = true)
	public List<HelpfulCount> helpfulCounts() {
		return this.feedback.countSince(this.clock.instant().minus(COUNTED_OVER))
			.stream()
			.map((row) -> new HelpfulCount(new PageKey((PageKind) row[0], (String) row[1]),
					((Number) row[2]).longValue(), ((Number) row[3]).longValue()))
			.toList();
	}

	/** Every comment on every page, newest first. */
	@Transactional(readOnly = true)
	public List<FeedbackComment> comments() {
		return this.feedback.findComments().stream().map(PageFeedback::toComment).toList();
	}

	/** The comments on one page, newest first. */
	@Transactional(readOnly = true)
	public List<FeedbackComment> comments(PageKey page) {
		return this.feedback.findComments(page).stream().map(PageFeedback::toComment).toList();
	}

	/**
	 * Marks a comment as dealt with by this member of staff.
	 * @return false if there is no such comment, or it was already dealt with (the first
	 * mark stands)
	 */
	@Transactional
	public boolean markDealtWith(long feedbackId, long staffAccountId) {
		return this.feedback.markDealtWith(feedbackId, this.clock.instant(), staffAccountId) == 1;
	}

	/**
	 * Deletes every answer and comment received more than a year ago. For the daily
	 * retention job.
	 * @return how many were deleted
	 */
	@Transactional
	public int deleteOlderThanAYear() {
		Instant cutoff = ZonedDateTime.now(this.clock.withZone(this.clinic.hours().zone())).minusYears(1).toInstant();
		int deleted = this.feedback.deleteReceivedBefore(cutoff);
		if (deleted > 0) {
			log.info("Retention: deleted {} reader feedback answers received before {}", deleted, cutoff);
		}
		return deleted;
	}

}
