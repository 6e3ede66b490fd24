package com.nyfacialparalysis.accounts.passkeys;

import java.time.Clock;

import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.webauthn.authentication.PublicKeyCredentialRequestOptionsFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

import com.nyfacialparalysis.accounts.KnownBrowsers;
import com.nyfacialparalysis.audit.AuditLog;
import com.nyfacialparalysis.system.limits.RecentAttempts;
import com.nyfacialparalysis.system.secrets.SiteSecret;

/**
 * Adds signing in with a passkey to the staff desk's filter chain, from Spring Security's
 * own WebAuthn filters at the desk's addresses: {@code POST /staff/login/passkey/options}
 * gives the browser a challenge (kept in a signed cookie, {@link PasskeyChallenges}: no
 * session before someone has signed in), {@code POST /staff/login/passkey} takes the
 * signed answer ({@link PasskeyCheck}), with the chain's session fixation protection and
 * security context repository. Also applies the passkey requirement for administrators
 * ({@link AdministratorsUsePasskeys}). Applied in StaffSecurityConfig with
 * {@code .with(new PasskeysConfigurer(), Customizer.withDefaults())}.
 *
 * <p>
 * Spring Security's {@code http.webAuthn()} is not used because it serves its addresses
 * under {@code /webauthn} and {@code /login}, outside the desk's chain, with pages and
 * scripts of its own; adding a passkey is the Passkeys page's
 * ({@link PasskeysController}).
 */
public final class PasskeysConfigurer extends AbstractHttpConfigurer<PasskeysConfigurer, HttpSecurity> {

	static final String SIGN_IN = "/staff/login/passkey";

	static final String SIGN_IN_OPTIONS = SIGN_IN + "/options";

	@Override
	public void configure(HttpSecurity http) {
		ApplicationContext context = http.getSharedObject(ApplicationContext.class);
		WebAuthnRelyingPartyOperations operations = context.getBean(WebAuthnRelyingPartyOperations.class);
		Passkeys passkeys = context.getBean(Passkeys.class);
		AuditLog audit = context.getBean(AuditLog.class);

		PublicKeyCredentialRequestOptionsFilter options = new PublicKeyCredentialRequestOptionsFilter(operations);
		options.setRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, SIGN_IN_OPTIONS));
		options.setSecurityContextHolderStrategy(getSecurityContextHolderStrategy());
		PasskeyChallenges challenges = new PasskeyChallenges(
				context.getBean(SiteSecret.class).keyedHashFor("passkey-challenge"),
				context.getBean(RecentAttempts.class), context.getBean(Clock.class));
		options.setRequestOptionsRepository(challenges);

		WebAuthnAuthenticationFilter signIn = new WebAuthnAuthenticationFilter();
		signIn.setRequestOptionsRepository(challenges);
		signIn.setRequiresAuthenticationRequestMatcher(
				PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, SIGN_IN));
		signIn.setAuthenticationManager(new ProviderManager(
				new PasskeyCheck(operations, context.getBean(UserDetailsService.class), passkeys, audit)));
		signIn.setAuthenticationSuccessHandler(
				PasskeySignInHandlers.signedIn(audit, context.getBean(KnownBrowsers.class)));
		signIn.setAuthenticationFailureHandler(PasskeySignInHandlers.refused());
		SessionAuthenticationStrategy sessions = http.getSharedObject(SessionAuthenticationStrategy.class);
		if (sessions != null) {
			signIn.setSessionAuthenticationStrategy(sessions);
		}
		SecurityContextRepository contexts = http.getSharedObject(SecurityContextRepository.class);
		signIn.setSecurityContextRepository((contexts != null) ? contexts : new DelegatingSecurityContextRepository(
				new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository()));
		signIn.setSecurityContextHolderStrategy(getSecurityContextHolderStrategy());

		http.addFilterBefore(options, UsernamePasswordAuthenticationFilter.class);
		http.addFilterBefore(signIn, UsernamePasswordAuthenticationFilter.class);
		http.addFilterBefore(new AdministratorsUsePasskeys(context.getBean(PasskeyRequirement.class), passkeys, audit),
				UsernamePasswordAuthenticationFilter.class);
	}

}
