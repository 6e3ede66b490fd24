package com.nyfacialparalysis.accounts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.nyfacialparalysis.audit.AuditAction;
import com.nyfacialparalysis.audit.AuditLog;
import com.nyfacialparalysis.clinic.ClinicProperties;
import com.nyfacialparalysis.system.limits.RecentAttempts;

/**
 * The limits on guessing one account's password, code or current password, kept so that
 * they spare the owner: wrong tries from a browser the account has signed in on before
 * ({@link KnownBrowsers}) count for that browser alone; wrong tries from every other
 * browser, from any number of addresses, count together for the account. Past the limit
 * the tries of that kind are refused, unchecked, until the oldest counted is
 * {@code lockout} old or an administrator lifts the lock. A lock starting and a lock
 * lifted are in the audit log. A username that names no account is counted the same way
 * (so a lock says nothing of whether an account exists), but only an account's lock is
 * audited; how many made-up names one address can try is limited by the waiting line.
 */
@Component
class SignInLocks {

	/** What is being guessed. */
	enum Step {

		PASSWORD("password", "passwords"), CODE("code", "codes"),
		CURRENT_PASSWORD("change-pw", "current passwords on the change-password page");

		/**
		 * At most 12 characters: the kinds counted are at most 20
		 * ({@code recent_attempts}).
		 */
		private final String kind;

		private final String inWords;

		Step(String kind, String inWords) {
			this.kind = kind;
			this.inWords = inWords;
		}

		String accountKind() {
			return this.kind + "-account";
		}

		String browserKind() {
			return this.kind + "-browser";
		}

	}

	private final RecentAttempts attempts;

	private final AccountsProperties.SignIn limits;

	private final AuditLog audit;

	private final ZoneId zone;

	SignInLocks(RecentAttempts attempts, AccountsProperties properties, AuditLog audit, ClinicProperties clinic) {
		this.attempts = attempts;
		this.limits = properties.signIn();
		this.audit = audit;
		this.zone = clinic.hours().zone();
	}

	/**
	 * Counts a try of this step and says whether it may be checked; a try beyond the
	 * limit is refused (and not counted).
	 * @param knownBrowser the browser's id for this account, or null
	 */
	boolean admit(Step step, String username, String knownBrowser) {
		if (knownBrowser != null) {
			return this.attempts.admit(step.browserKind(), knownBrowser, this.limits.maxFailures(),
					this.limits.lockout());
		}
		return this.attempts.admit(step.accountKind(), username, this.limits.maxFailures(), this.limits.lockout());
	}

	/** A right answer: the tries it was counted with are forgotten. */
	void succeeded(Step step, String username, String knownBrowser) {
		if (knownBrowser != null) {
			this.attempts.forget(step.browserKind(), knownBrowser);
		}
		else {
			this.attempts.forget(step.accountKind(), username);
		}
	}

	/**
	 * A wrong answer, already counted by {@link #admit}: when it is the one that reaches
	 * the limit for the account's unknown browsers, the lock is audited.
	 */
	void failed(Step step, String username, String knownBrowser, boolean accountExists) {
		if (knownBrowser != null || !accountExists) {
			return;
		}
		// The count includes this try (admit counted it before it was checked).
		if (this.attempts.count(step.accountKind(), username, this.limits.lockout()) == this.limits.maxFailures()) {
			String until = lockedUntil(step, username).map(this::time).orElse("");
			this.audit.recordOnItsOwn(username, AuditAction.SIGN_IN_LOCKED,
					step.inWords + " from browsers it has not signed in on, refused until " + until);
		}
	}

	/** When the account's lock on this step ends, if it is locked now. */
	Optional<Instant> lockedUntil(Step step, String username) {
		if (this.attempts.count(step.accountKind(), username, this.limits.lockout()) < this.limits.maxFailures()) {
			return Optional.empty();
		}
		return this.attempts.oldest(step.accountKind(), username, this.limits.lockout())
			.map((oldest) -> oldest.plus(this.limits.lockout()));
	}

	/**
	 * Until when the account is locked on some step, as staff read it, if it is locked
	 * now (the Accounts screen shows it).
	 */
	Optional<String> lockedUntil(String username) {
		Instant until = null;
		for (Step step : Step.values()) {
			Instant ends = lockedUntil(step, username).orElse(null);
			if (ends != null && (until == null || ends.isAfter(until))) {
				until = ends;
			}
		}
		return Optional.ofNullable(until).map(this::time);
	}

	/**
	 * An administrator lifts every lock on the account (for its unknown browsers); true
	 * when there was one.
	 */
	boolean lift(String username) {
		boolean locked = false;
		for (Step step : Step.values()) {
			locked |= lockedUntil(step, username).isPresent();
			this.attempts.forget(step.accountKind(), username);
		}
		if (locked) {
			this.audit.record(AuditAction.SIGN_IN_UNLOCKED, null, username);
		}
		return locked;
	}

	private String time(Instant at) {
		return DateTimeFormatter.ofPattern("MMM d, h:mm a", Locale.US).withZone(this.zone).format(at);
	}

}
