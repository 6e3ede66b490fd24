package com.nyfacialparalysis.accounts;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.authorization.EnableMultiFactorAuthentication;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import com.nyfacialparalysis.audit.AuditAction;
import com.nyfacialparalysis.audit.AuditLog;
import com.nyfacialparalysis.system.limits.RecentAttempts;
import com.nyfacialparalysis.system.security.SecurityHeaders;

/**
 * Security for the staff desk: signing in takes a password and then a code from an
 * authenticator app (Spring Security's multi-factor authentication, with the code as a
 * factor of its own, {@link SecondFactors#AUTHORITY}); until both are given, every staff
 * page but the code page sends the person to the step they are missing. The throttle is
 * inside authentication ({@link ThrottledPasswordCheck}, {@link TwoFactorCheck});
 * sessions end after 15 idle minutes or 12 hours in all; signing out is a POST; every
 * sign-in event is audited; staff pages are never stored by a browser or proxy
 * (no-store).
 */
@Configuration(proxyBeanMethods = false)
@EnableMultiFactorAuthentication(authorities = { FactorGrantedAuthority.PASSWORD_AUTHORITY, SecondFactors.AUTHORITY })
class StaffSecurityConfig {

	static final String LOGIN = "/staff/login";

	static final String REQUESTS = "/staff/requests";

	/** The Content screen, where clinicians review the medical pages (staff.content). */
	static final String CONTENT = "/staff/content";

	/** A page's sign-off: {@code /staff/content/conditions/bells-palsy/sign-off}. */
	static final String SIGN_OFF = CONTENT + "/*/*/sign-off";

	/**
	 * Where a member of staff starts once signed in: the requests, or for a clinician who
	 * does not handle requests, the Content screen.
	 */
	static String homeOf(Authentication signedIn) {
		boolean handlesRequests = signedIn != null && signedIn.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch((authority) -> Role.STAFF.authority().equals(authority)
					|| Role.ADMIN.authority().equals(authority));
		return handlesRequests ? REQUESTS : CONTENT;
	}

	@Bean
	@Order(1)
	SecurityFilterChain staffSecurity(HttpSecurity http, StaffUserDetailsService users, PasswordEncoder passwordEncoder,
			RecentAttempts attempts, SignInNames names, SecondFactors secondFactors, AccountsProperties properties,
			SignInHandlers handlers, AuditLog audit, Clock clock) throws Exception {
		ProviderManager authentication = new ProviderManager(
				new ThrottledPasswordCheck(passwordCheck(users, passwordEncoder), attempts, properties.signIn(), names,
						audit),
				new TwoFactorCheck(secondFactors, attempts, properties.signIn(), audit));
		http.securityMatcher("/staff/**")
			.authenticationManager(authentication)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(LOGIN)
				.permitAll()
				// The code page needs the password step only (a rule made outside the
				// multi-factor requirement that every other rule carries).
				.requestMatchers(TwoFactorCodeFilter.ADDRESS)
				.access(AuthorityAuthorizationManager.hasAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY))
				.requestMatchers("/staff/accounts/**", "/staff/audit/**", "/staff/backups/**")
				.hasRole("ADMIN")
				// Only a clinician signs a page off; clinicians and administrators see
				// the
				// Content screen; patients' requests are for staff and administrators.
				.requestMatchers(HttpMethod.POST, SIGN_OFF)
				.hasRole(Role.CLINICIAN.name())
				.requestMatchers(CONTENT + "/**")
				.hasAnyRole(Role.CLINICIAN.name(), Role.ADMIN.name())
				.requestMatchers(REQUESTS + "/**")
				.hasAnyRole(Role.STAFF.name(), Role.ADMIN.name())
				// The reports: for the front desk and the practice manager (an
				// administrator), not for clinicians.
				.requestMatchers("/staff/reports/**")
				.hasAnyRole(Role.STAFF.name(), Role.ADMIN.name())
				.anyRequest()
				.authenticated())
			.formLogin((form) -> form.loginPage(LOGIN)
				.successHandler(handlers.passwordAccepted())
				.failureHandler(handlers.refusedAt(LOGIN)))
			.with(new TwoFactorConfigurer(handlers.codeAccepted(), handlers.refusedAt(TwoFactorCodeFilter.ADDRESS)),
					Customizer.withDefaults())
			.logout((logout) -> logout.logoutUrl("/staff/logout")
				.deleteCookies("JSESSIONID", "SESSION")
				.addLogoutHandler((request, response, signedIn) -> {
					if (signedIn != null) {
						audit.recordOnItsOwn(signedIn.getName(), AuditAction.SIGNED_OUT, null);
					}
				})
				.logoutSuccessUrl(LOGIN + "?signedOut"))
			.sessionManagement((sessions) -> sessions.invalidSessionUrl(LOGIN + "?expired"))
			.addFilterAfter(new SessionLifetimeLimit(properties.session().absoluteLifetime(), audit, clock),
					SecurityContextHolderFilter.class)
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader((permissions) -> permissions.policy(SecurityHeaders.PERMISSIONS_POLICY))
				.frameOptions((frames) -> frames.deny()));
		return http.build();
	}

	/**
	 * Spring Security's password check on the staff accounts. It checks the password of a
	 * disabled account too before saying no, and hashes something for a username that
	 * matches no account, so that neither answers faster than a wrong password.
	 */
	static DaoAuthenticationProvider passwordCheck(StaffUserDetailsService users, PasswordEncoder passwordEncoder) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		passwords.setUserDetailsPasswordService(users);
		passwords.setAlwaysPerformAdditionalChecksOnUser(true);
		return passwords;
	}

	/** Redirects with 303 See Other, as every staff form does after a POST. */
	static DefaultRedirectStrategy seeOther() {
		DefaultRedirectStrategy redirects = new DefaultRedirectStrategy();
		redirects.setStatusCode(HttpStatus.SEE_OTHER);
		return redirects;
	}

}
