package com.nyfacialparalysis.accounts;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.FactorGrantedAuthority;

import com.nyfacialparalysis.audit.AuditAction;
import com.nyfacialparalysis.audit.AuditLog;
import com.nyfacialparalysis.system.limits.RecentAttempts;

/**
 * The second step of signing in: checks a code from the app or a recovery code and, when
 * it is right, grants the {@link SecondFactors#AUTHORITY} factor (Spring Security adds it
 * to the password factor and roles already granted). Wrong codes are throttled like
 * passwords, per account: after too many, codes are refused unchecked for a while. Every
 * refusal is in the audit log, counted per source and hour.
 */
final class TwoFactorCheck implements AuthenticationProvider {

	static final String KIND = "code";

	private final SecondFactors secondFactors;

	private final RecentAttempts attempts;

	private final AccountsProperties.SignIn limits;

	private final AuditLog audit;

	TwoFactorCheck(SecondFactors secondFactors, RecentAttempts attempts, AccountsProperties.SignIn limits,
			AuditLog audit) {
		this.secondFactors = secondFactors;
		this.attempts = attempts;
		this.limits = limits;
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
		if (!this.attempts.admit(KIND, username, this.limits.maxFailures(), this.limits.lockout())) {
			this.audit.recordRepeated(username, AuditAction.SIGN_IN_REFUSED, "too many wrong codes");
			throw new SignInRefusedException();
		}
		String refusal = refusal(given);
		if (refusal != null) {
			this.audit.recordRepeated(username, AuditAction.TWO_FACTOR_CODE_REFUSED, refusal);
			throw new BadCredentialsException("The code is not right");
		}
		this.attempts.forget(KIND, username);
		UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(
				given.getPrincipal(), null, List.of(FactorGrantedAuthority.fromAuthority(SecondFactors.AUTHORITY)));
		result.setDetails(given.getDetails());
		return result;
	}

	/** Why the code is refused, or null when it is accepted. */
	private String refusal(TwoFactorCode given) {
		String code = (String) given.getCredentials();
		if (given.getKind() == TwoFactorCode.Kind.RECOVERY) {
			return this.secondFactors.useRecoveryCode(given.getName(), code) ? null : "recovery code not right";
		}
		return switch (this.secondFactors.checkCode(given.getName(), code)) {
			case ACCEPTED, SET_UP -> null;
			case ALREADY_USED -> "code already used";
			case WRONG -> "code not right";
		};
	}

}
