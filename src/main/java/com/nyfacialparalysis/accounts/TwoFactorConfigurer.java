package com.nyfacialparalysis.accounts;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.ExceptionHandlingConfigurer;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Adds the second step of signing in to a filter chain the way Spring Security adds its
 * own sign-in mechanisms: someone who has given only their password and asks for any page
 * that needs the code factor is sent to the code page; the code form is handled by
 * {@link TwoFactorCodeFilter} with the chain's authentication manager, session fixation
 * protection and security context repository, and with multi-factor authentication
 * enabled on it.
 */
final class TwoFactorConfigurer extends AbstractHttpConfigurer<TwoFactorConfigurer, HttpSecurity> {

	private final AuthenticationSuccessHandler success;

	private final AuthenticationFailureHandler failure;

	TwoFactorConfigurer(AuthenticationSuccessHandler success, AuthenticationFailureHandler failure) {
		this.success = success;
		this.failure = failure;
	}

	@Override
	@SuppressWarnings("unchecked")
	public void init(HttpSecurity http) {
		ExceptionHandlingConfigurer<HttpSecurity> exceptions = http.getConfigurer(ExceptionHandlingConfigurer.class);
		if (exceptions != null) {
			exceptions
				.defaultDeniedHandlerForMissingAuthority((request, response, missing) -> new DefaultRedirectStrategy()
					.sendRedirect(request, response, TwoFactorCodeFilter.ADDRESS), SecondFactors.AUTHORITY);
		}
	}

	@Override
	public void configure(HttpSecurity http) {
		TwoFactorCodeFilter filter = new TwoFactorCodeFilter();
		filter.setAuthenticationManager(http.getSharedObject(AuthenticationManager.class));
		filter.setAuthenticationSuccessHandler(this.success);
		filter.setAuthenticationFailureHandler(this.failure);
		SessionAuthenticationStrategy sessions = http.getSharedObject(SessionAuthenticationStrategy.class);
		if (sessions != null) {
			filter.setSessionAuthenticationStrategy(sessions);
		}
		SecurityContextRepository contexts = http.getSharedObject(SecurityContextRepository.class);
		filter.setSecurityContextRepository((contexts != null) ? contexts : new DelegatingSecurityContextRepository(
				new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository()));
		filter.setSecurityContextHolderStrategy(getSecurityContextHolderStrategy());
		// Post-processing applies Spring Security's multi-factor support to the filter.
		http.addFilterAfter(postProcess(filter), UsernamePasswordAuthenticationFilter.class);
	}

}
