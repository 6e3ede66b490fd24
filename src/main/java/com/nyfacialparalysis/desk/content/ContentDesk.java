package com.nyfacialparalysis.desk.content;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.nyfacialparalysis.accounts.StaffAccount;
import com.nyfacialparalysis.accounts.StaffAccountRepository;
import com.nyfacialparalysis.audit.AuditAction;
import com.nyfacialparalysis.audit.AuditLog;
import com.nyfacialparalysis.content.PageKey;
import com.nyfacialparalysis.content.PageNotFoundException;
import com.nyfacialparalysis.content.feedback.ReaderFeedback;
import com.nyfacialparalysis.content.review.ContentReview;
import com.nyfacialparalysis.content.review.PageTextChangedException;
import com.nyfacialparalysis.content.review.Reviewer;
import com.nyfacialparalysis.content.review.SignOff;

/**
 * What the Content screen changes, each with its line in the audit log, written in the
 * same transaction: a clinician's sign-off of a page, and a reader's comment marked as
 * dealt with.
 */
@Service
class ContentDesk {

	private final ContentReview review;

	private final ReaderFeedback feedback;

	private final StaffAccountRepository accounts;

	private final AuditLog audit;

	ContentDesk(ContentReview review, ReaderFeedback feedback, StaffAccountRepository accounts, AuditLog audit) {
		this.review = review;
		this.feedback = feedback;
		this.accounts = accounts;
		this.audit = audit;
	}

	/** A clinician whose account has no name for readers yet, so cannot sign off. */
	static class NoNameForReaders extends RuntimeException {

		NoNameForReaders() {
			super("A clinician needs a name for readers before signing a page off");
		}

	}

	/**
	 * Signs a page off in the name the clinician's account holds today, if its text is
	 * still the text with this SHA-256.
	 * @throws AccessDeniedException if the account is not an enabled clinician's
	 * @throws NoNameForReaders if it has no name for readers
	 * @throws PageTextChangedException if the text changed since it was shown (nothing is
	 * recorded)
	 */
	@Transactional
	SignOff signOff(PageKey page, String sha256, String username) {
		StaffAccount clinician = this.accounts.findByUsername(username)
			.filter(StaffAccount::isEnabled)
			.filter(StaffAccount::isClinician)
			.orElseThrow(() -> new AccessDeniedException("Only a clinician signs a page off"));
		Reviewer reviewer = clinician.reviewer().orElseThrow(NoNameForReaders::new);
		SignOff signOff = this.review.signOff(page, sha256, clinician.getId(), reviewer);
		this.audit.record(AuditAction.CONTENT_SIGNED_OFF, null,
				page + " as " + reviewer.name()
						+ ((reviewer.jobTitle() != null) ? " (" + reviewer.jobTitle() + ")" : "") + ", text SHA-256 "
						+ signOff.sha256() + ", next review due " + signOff.nextReviewDue());
		return signOff;
	}

	/**
	 * Marks a reader's comment on this page as dealt with.
	 * @return false if it already was (the first mark stands)
	 * @throws PageNotFoundException if the page has no such comment
	 */
	@Transactional
	boolean markDealtWith(PageKey page, long commentId, String username) {
		boolean onThisPage = this.feedback.comments(page).stream().anyMatch((comment) -> comment.id() == commentId);
		if (!onThisPage) {
			throw new PageNotFoundException("comment " + commentId + " on " + page);
		}
		StaffAccount member = this.accounts.findByUsername(username).orElseThrow();
		boolean marked = this.feedback.markDealtWith(commentId, member.getId());
		if (marked) {
			this.audit.record(AuditAction.FEEDBACK_DEALT_WITH, null, "comment " + commentId + " on " + page);
		}
		return marked;
	}

}
