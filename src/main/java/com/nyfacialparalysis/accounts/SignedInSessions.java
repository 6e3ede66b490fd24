package com.nyfacialparalysis.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.nyfacialparalysis.audit.AuditAction;
import com.nyfacialparalysis.audit.AuditLog;

/**
 * Ends the sessions of an account, everywhere at once: sessions live in the database
 * (Spring Session JDBC), indexed by who is signed in, so every instance stops knowing
 * them the moment they are deleted.
 */
@Component
class SignedInSessions {

	private static final Logger log = LoggerFactory.getLogger(SignedInSessions.class);

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final AuditLog audit;

	SignedInSessions(FindByIndexNameSessionRepository<? extends Session> sessions, AuditLog audit) {
		this.sessions = sessions;
		this.audit = audit;
	}

	/** After the change that ended the access is committed, not before. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void accessEnded(AccessEnded event) {
		int ended = endAllOf(event.username(), event.keepSessionId());
		if (ended > 0) {
			this.audit.recordOnItsOwn(event.username(), AuditAction.SESSIONS_ENDED, ended + " signed-in sessions");
		}
	}

	/**
	 * Ends every session of the account but {@code keep} (may be null); returns how many.
	 */
	int endAllOf(String username, String keep) {
		int ended = 0;
		for (String id : this.sessions.findByPrincipalName(username).keySet()) {
			if (!id.equals(keep)) {
				this.sessions.deleteById(id);
				ended++;
			}
		}
		log.info("Ended {} sessions of staff account {}", ended, username);
		return ended;
	}

}
