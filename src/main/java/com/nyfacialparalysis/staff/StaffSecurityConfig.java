package com.nyfacialparalysis.staff;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.filter.OncePerRequestFilter;

import com.nyfacialparalysis.system.SecurityHeaders;

/**
 * Security for the staff desk: form sign-in at /staff/login, roles, the sign-in throttle,
 * audit of every sign-in, sign-out by POST, and pages that no browser or proxy keeps
 * (no-store).
 */
@Configuration(proxyBeanMethods = false)
class StaffSecurityConfig {

	static final String LOGIN = "/staff/login";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain staffSecurity(HttpSecurity http, SignInThrottle throttle, AuditLog audit) throws Exception {
		http.securityMatcher("/staff/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers(LOGIN, "/staff/login/**")
				.permitAll()
				.requestMatchers("/staff/accounts/**", "/staff/audit/**", "/staff/backups/**")
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
			.formLogin((form) -> form.loginPage(LOGIN)
				.successHandler(signedIn(throttle, audit))
				.failureHandler(signInFailed(throttle, audit)))
			.logout((logout) -> logout.logoutUrl("/staff/logout")
				.deleteCookies("JSESSIONID", "SESSION")
				.addLogoutHandler((request, response, authentication) -> {
					if (authentication != null) {
						audit.record(authentication.getName(), AuditAction.SIGNED_OUT, null, null);
					}
				})
				.logoutSuccessUrl(LOGIN + "?signedOut"))
			.sessionManagement((sessions) -> sessions.invalidSessionUrl(LOGIN + "?expired"))
			.addFilterBefore(new RefuseThrottled(throttle, audit), UsernamePasswordAuthenticationFilter.class)
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader((permissions) -> permissions.policy(SecurityHeaders.PERMISSIONS_POLICY))
				.frameOptions((frames) -> frames.deny()));
		return http.build();
	}

	private static SimpleUrlAuthenticationSuccessHandler signedIn(SignInThrottle throttle, AuditLog audit) {
		SimpleUrlAuthenticationSuccessHandler handler = new SimpleUrlAuthenticationSuccessHandler("/staff/requests") {
			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) throws IOException, ServletException {
				throttle.succeeded(authentication.getName(), request.getRemoteAddr());
				audit.record(authentication.getName(), AuditAction.SIGNED_IN, null, null);
				super.onAuthenticationSuccess(request, response, authentication);
			}
		};
		handler.setAlwaysUseDefaultTargetUrl(true);
		return handler;
	}

	private static SimpleUrlAuthenticationFailureHandler signInFailed(SignInThrottle throttle, AuditLog audit) {
		return new SimpleUrlAuthenticationFailureHandler(LOGIN + "?error") {
			@Override
			public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
					AuthenticationException exception) throws IOException, ServletException {
				String username = request.getParameter("username");
				throttle.failed(username, request.getRemoteAddr());
				audit.record(null, AuditAction.SIGN_IN_FAILED, null, "username tried: " + username);
				super.onAuthenticationFailure(request, response, exception);
			}
		};
	}

	/**
	 * Turns away a sign-in for a username that has failed too often from this address,
	 * before checking it.
	 */
	private static final class RefuseThrottled extends OncePerRequestFilter {

		private final SignInThrottle throttle;

		private final AuditLog audit;

		RefuseThrottled(SignInThrottle throttle, AuditLog audit) {
			this.throttle = throttle;
			this.audit = audit;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !("POST".equals(request.getMethod()) && LOGIN.equals(request.getRequestURI()));
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String username = request.getParameter("username");
			if (this.throttle.isRefused(username, request.getRemoteAddr())) {
				this.audit.record(null, AuditAction.SIGN_IN_REFUSED, null, "username tried: " + username);
				response.setStatus(HttpServletResponse.SC_SEE_OTHER);
				response.setHeader("Location", LOGIN + "?refused");
				return;
			}
			chain.doFilter(request, response);
		}

	}

}
