package com.nyfacialparalysis.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Security for the whole site: public pages for everyone, CSRF on every form, strict
 * headers, and nothing operational open but health (and metrics, to administrators).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

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
			// A reader who only reads gets no session and no cookie.
			.requestCache((cache) -> cache.disable())
			// "Was this page helpful?" has no token, to keep pages cookie-free;
			// FeedbackController checks the Origin instead.
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/feedback"));
		return http.build();
	}

}
