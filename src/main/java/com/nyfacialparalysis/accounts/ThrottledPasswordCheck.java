package com.nyfacialparalysis.accounts;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import com.nyfacialparalysis.audit.AuditAction;
import com.nyfacialparalysis.audit.AuditLog;
import com.nyfacialparalysis.system.limits.RecentAttempts;

/**
 * The password step of signing in, with its throttle inside it: whatever address the
 * sign-in form was sent to, this is where the password is checked, so this is where the
 * tries are counted. The typed username is cut to 64 characters and normalised once
 * ({@link Usernames}); the count is per normalised username and client address, and a try
 * beyond the limit is refused before any password is checked. Failures and refusals are
 * in the audit log, counted per source and hour.
 */
final class ThrottledPasswordCheck implements AuthenticationProvider {

	static final String KIND = "password";

	private final AuthenticationProvider passwords;

	private final RecentAttempts attempts;

	private final AccountsProperties.SignIn limits;

	private final SignInNames names;

	private final AuditLog audit;

	ThrottledPasswordCheck(AuthenticationProvider passwords, RecentAttempts attempts, AccountsProperties.SignIn limits,
			SignInNames names, AuditLog audit) {
		this.passwords = passwords;
		this.attempts = attempts;
		this.limits = limits;
		this.names = names;
		this.audit = audit;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	@Override
	public Authentication authenticate(Authentication typed) throws AuthenticationException {
		String username = Usernames.normalise(typed.getName());
		String key = username + "|" + clientAddress(typed);
		if (!this.attempts.admit(KIND, key, this.limits.maxFailures(), this.limits.lockout())) {
			SignInNames.Logged logged = this.names.logged(username);
			this.audit.recordRepeated(logged.actor(), AuditAction.SIGN_IN_REFUSED, logged.detail());
			throw new SignInRefusedException();
		}
		UsernamePasswordAuthenticationToken normalised = UsernamePasswordAuthenticationToken.unauthenticated(username,
				typed.getCredentials());
		normalised.setDetails(typed.getDetails());
		try {
			Authentication result = this.passwords.authenticate(normalised);
			this.attempts.forget(KIND, key);
			return result;
		}
		catch (AuthenticationException ex) {
			SignInNames.Logged logged = this.names.logged(username);
			this.audit.recordRepeated(logged.actor(), AuditAction.SIGN_IN_FAILED, logged.detail());
			throw ex;
		}
	}

	private static String clientAddress(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: "";
	}

}
