package com.nyfacialparalysis.accounts;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.nyfacialparalysis.audit.AuditAction;
import com.nyfacialparalysis.audit.AuditLog;
import com.nyfacialparalysis.system.limits.RecentAttempts;

/**
 * A signed-in member of staff proves again who they are, with their password and a code
 * from their app, before a change to how they sign in (adding a passkey). Wrong tries are
 * counted per account and refused unchecked after too many, like the sign-in's; each
 * wrong one is in the audit log.
 */
@Component
public class SignInConfirmation {

	static final String KIND = "confirm";

	/** What became of a confirmation. */
	public enum Outcome {

		/** Both right: go ahead. */
		CONFIRMED,
		/** The password is not right. */
		WRONG_PASSWORD,
		/** The code is not right, or already used. */
		WRONG_CODE,
		/** Too many wrong tries lately: refused without checking. */
		REFUSED

	}

	private final StaffAccountRepository accounts;

	private final PasswordEncoder passwords;

	private final SecondFactors secondFactors;

	private final RecentAttempts attempts;

	private final AccountsProperties properties;

	private final AuditLog audit;

	SignInConfirmation(StaffAccountRepository accounts, PasswordEncoder passwords, SecondFactors secondFactors,
			RecentAttempts attempts, AccountsProperties properties, AuditLog audit) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.secondFactors = secondFactors;
		this.attempts = attempts;
		this.properties = properties;
		this.audit = audit;
	}

	@Transactional
	public Outcome confirm(String username, String password, String code) {
		AccountsProperties.SignIn limits = this.properties.signIn();
		if (!this.attempts.admit(KIND, username, limits.maxFailures(), limits.lockout())) {
			this.audit.recordRepeated(username, AuditAction.SIGN_IN_REFUSED, "too many wrong confirmations");
			return Outcome.REFUSED;
		}
		String hash = this.accounts.findByUsername(username).map(StaffAccount::getPasswordHash).orElse(null);
		if (password == null || hash == null || !this.passwords.matches(password, hash)) {
			this.audit.recordRepeated(username, AuditAction.SIGN_IN_FAILED, "password not right when confirming");
			return Outcome.WRONG_PASSWORD;
		}
		if (this.secondFactors.checkCode(username, code, null) != SecondFactors.Outcome.ACCEPTED) {
			this.audit.recordRepeated(username, AuditAction.TWO_FACTOR_CODE_REFUSED, "code not right when confirming");
			return Outcome.WRONG_CODE;
		}
		this.attempts.forget(KIND, username);
		return Outcome.CONFIRMED;
	}

}
