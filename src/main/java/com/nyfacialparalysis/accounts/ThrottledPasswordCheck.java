package com.nyfacialparalysis.accounts;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import com.nyfacialparalysis.audit.AuditAction;
import com.nyfacialparalysis.audit.AuditLog;

/**
 * The password step of signing in, with its limit inside it: whatever address the sign-in
 * form was sent to, this is where the password is checked, so this is where the tries are
 * counted. The typed username is cut to 64 characters and normalised once
 * ({@link Usernames}); wrong passwords are counted per account, from any number of
 * addresses, apart for each browser the account has signed in on before
 * ({@link SignInLocks}, {@link KnownBrowsers}); a try beyond the limit is refused before
 * any password is checked. (How many sign-ins one address may send, whatever the
 * usernames, is limited before this, in the waiting line.) Failures, refusals and locks
 * are in the audit log, counted per source and hour.
 */
final class ThrottledPasswordCheck implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final SignInLocks locks;

	private final SignInNames names;

	private final AuditLog audit;

	ThrottledPasswordCheck(AuthenticationProvider passwords, SignInLocks locks, SignInNames names, AuditLog audit) {
		this.passwords = passwords;
		this.locks = locks;
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
		String browser = (typed.getDetails() instanceof SignInDetails details) ? details.knownBrowser() : null;
		if (!this.locks.admit(SignInLocks.Step.PASSWORD, username, browser)) {
			SignInNames.Logged logged = this.names.logged(username);
			this.audit.recordRepeated(logged.actor(), AuditAction.SIGN_IN_REFUSED, logged.detail());
			throw new SignInRefusedException();
		}
		UsernamePasswordAuthenticationToken normalised = UsernamePasswordAuthenticationToken.unauthenticated(username,
				typed.getCredentials());
		normalised.setDetails(typed.getDetails());
		try {
			Authentication result = this.passwords.authenticate(normalised);
			this.locks.succeeded(SignInLocks.Step.PASSWORD, username, browser);
			return result;
		}
		catch (AuthenticationException ex) {
			SignInNames.Logged logged = this.names.logged(username);
			this.audit.recordRepeated(logged.actor(), AuditAction.SIGN_IN_FAILED, logged.detail());
			this.locks.failed(SignInLocks.Step.PASSWORD, username, browser, logged.actor() != null);
			throw ex;
		}
	}

}
