package com.nyfacialparalysis.system;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Security for the whole site: public pages for everyone, CSRF on every form, strict
 * headers, and nothing operational open but health (and metrics, to administrators).
 * Nothing here keeps a session for a visitor: the CSRF token of the public form lives in
 * a cookie of its own, not in a server session.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	static final String CSRF_COOKIE = "consultation_csrf";

	@Bean
	@Order(2)
	SecurityFilterChain siteSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
			.permitAll()
			// Metrics (Prometheus format) for a signed-in administrator only.
			.requestMatchers("/actuator/prometheus")
			.hasRole("ADMIN")
			.requestMatchers("/actuator/**", "/h2-console/**")
			.denyAll()
			.anyRequest()
			.permitAll())
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader((permissions) -> permissions.policy(SecurityHeaders.PERMISSIONS_POLICY))
				.frameOptions((frames) -> frames.deny())
				.cacheControl((cache) -> cache.disable()))
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfCookie()))
			// A reader who only reads gets no session and no cookie.
			.requestCache((cache) -> cache.disable())
			// "Was this page helpful?" has no token, to keep pages cookie-free;
			// FeedbackController checks the Origin instead.
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/feedback"));
		return http.build();
	}

	/**
	 * The public form's CSRF token in a cookie (the double-submit pattern, Spring
	 * Security's own), so that showing the form creates no server session: sent only to
	 * {@code /consultation} and below, readable by no script, not sent with requests from
	 * other sites (SameSite=Lax), Secure over HTTPS, and gone when the browser closes. It
	 * is set only on a page whose form needs it, so readers of other pages get no cookie.
	 */
	static CookieCsrfTokenRepository csrfCookie() {
		CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();
		cookie.setCookieName(CSRF_COOKIE);
		cookie.setCookiePath("/consultation");
		cookie.setCookieCustomizer((builder) -> builder.httpOnly(true).sameSite("Lax"));
		return cookie;
	}

	/**
	 * The cap on live sessions, just inside Spring Session's filter (so it sees whether
	 * the request has a session) and before Spring Security's (which may ask for one).
	 */
	@Bean
	FilterRegistrationBean<LiveSessionCap> liveSessionCap(JdbcTemplate jdbc, SessionProperties properties, Clock clock,
			MeterRegistry metrics) {
		FilterRegistrationBean<LiveSessionCap> registration = new FilterRegistrationBean<>(
				new LiveSessionCap(jdbc, properties, clock, metrics));
		registration.addUrlPatterns("/*");
		registration.setName("liveSessionCap");
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
		return registration;
	}

}
