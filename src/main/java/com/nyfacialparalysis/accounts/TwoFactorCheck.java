package com.nyfacialparalysis.accounts;

import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.FactorGrantedAuthority;

import com.nyfacialparalysis.audit.AuditAction;
import com.nyfacialparalysis.audit.AuditLog;

/**
 * The second step of signing in: checks a code from the app or a recovery code and, when
 * it is right, grants the {@link SecondFactors#AUTHORITY} factor (Spring Security adds it
 * to the password factor and roles already granted). Wrong codes from the app lock the
 * code step ({@link SignInLocks}): per account for browsers it has not signed in on, per
 * browser for the ones it has, so someone who has the password cannot lock the owner out
 * of their own browser. A recovery code is checked even while the code step is locked: it
 * cannot be guessed (ten characters of 31), and it is how a person gets in on a new
 * browser during a lock. Every refusal is in the audit log, counted per source and hour.
 */
final class TwoFactorCheck implements AuthenticationProvider {

	private final SecondFactors secondFactors;

	private final SignInLocks locks;

	private final AuditLog audit;

	TwoFactorCheck(SecondFactors secondFactors, SignInLocks locks, AuditLog audit) {
		this.secondFactors = secondFactors;
		this.locks = locks;
		this.audit = audit;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return TwoFactorCode.class.isAssignableFrom(authentication);
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		TwoFactorCode given = (TwoFactorCode) authentication;
		String username = given.getName();
		SignInDetails details = (given.getDetails() instanceof SignInDetails known) ? known : null;
		String browser = (details != null) ? details.knownBrowser() : null;
		boolean fromApp = given.getKind() == TwoFactorCode.Kind.APP;
		if (fromApp && !this.locks.admit(SignInLocks.Step.CODE, username, browser)) {
			this.audit.recordRepeated(username, AuditAction.SIGN_IN_REFUSED, "too many wrong codes");
			throw new SignInRefusedException();
		}
		String refusal = refusal(given, (details != null) ? details.setupKey() : null);
		if (refusal != null) {
			this.audit.recordRepeated(username, AuditAction.TWO_FACTOR_CODE_REFUSED, refusal);
			if (fromApp) {
				this.locks.failed(SignInLocks.Step.CODE, username, browser, true);
			}
			throw "setup key expired".equals(refusal) ? new SetupKeyExpiredException()
					: new BadCredentialsException("The code is not right");
		}
		this.locks.succeeded(SignInLocks.Step.CODE, username, browser);
		UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(
				given.getPrincipal(), null, List.of(FactorGrantedAuthority.fromAuthority(SecondFactors.AUTHORITY)));
		result.setDetails(given.getDetails());
		return result;
	}

	/** Why the code is refused, or null when it is accepted. */
	private String refusal(TwoFactorCode given, SetupKeys.Shown setupKey) {
		String code = (String) given.getCredentials();
		if (given.getKind() == TwoFactorCode.Kind.RECOVERY) {
			return this.secondFactors.useRecoveryCode(given.getName(), code) ? null : "recovery code not right";
		}
		try {
			return switch (this.secondFactors.checkCode(given.getName(), code, setupKey)) {
				case ACCEPTED, SET_UP -> null;
				case ALREADY_USED -> "code already used";
				case KEY_EXPIRED -> "setup key expired";
				case WRONG -> "code not right";
			};
		}
		catch (DataIntegrityViolationException ex) {
			// Another session of the same account set the app up at the same moment.
			return "code already used";
		}
	}

	/** A code from a setup key that is no longer good: the page shows a new key. */
	static final class SetupKeyExpiredException extends BadCredentialsException {

		SetupKeyExpiredException() {
			super("The setup key is no longer good");
		}

	}

}
