package com.nyfacialparalysis.system.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.nyfacialparalysis.system.site.Language;
import com.nyfacialparalysis.system.site.LanguageFromAddress;
import com.nyfacialparalysis.system.site.SitePage;

/**
 * Security for the whole site: public pages for everyone, CSRF on every form, strict
 * headers, and nothing operational open but health (and metrics, to administrators).
 * Nothing here keeps a session for a visitor: the CSRF token of the public form lives in
 * a cookie of its own, not in a server session.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	static final String CSRF_COOKIE = "consultation_csrf";

	/**
	 * Where a consultation form refused by the CSRF check is shown again, with what was
	 * typed.
	 */
	static final String FORM_SENT_BACK = SitePage.FORM_SENT_BACK.path(Language.ENGLISH);

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
			// "Was this page helpful?" has no token, to keep pages cookie-free;
			// FeedbackController checks the Origin instead.
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfCookie())
				.ignoringRequestMatchers(SitePage.FEEDBACK.path(Language.ENGLISH),
						SitePage.FEEDBACK.path(Language.SPANISH)))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(formSentBackWhenCsrfFails()))
			// A reader who only reads gets no session and no cookie.
			.requestCache((cache) -> cache.disable());
		return http.build();
	}

	/**
	 * The public form's CSRF token in a cookie (the double-submit pattern, Spring
	 * Security's own), so that showing the form creates no server session: sent only to
	 * {@code /consultation} and below, readable by no script, not sent with requests from
	 * other sites (SameSite=Lax), Secure over HTTPS, and gone when the browser closes. It
	 * is set only on a page whose form needs it, so readers of other pages get no cookie.
	 */
	static CsrfTokenRepository csrfCookie() {
		CookieCsrfTokenRepository english = csrfCookie(Language.ENGLISH);
		CookieCsrfTokenRepository spanish = csrfCookie(Language.SPANISH);
		// The Spanish form lives at /es/consulta: its cookie is sent there and below.
		return new CsrfTokenRepository() {
			@Override
			public CsrfToken generateToken(HttpServletRequest request) {
				return pick(request).generateToken(request);
			}

			@Override
			public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
				pick(request).saveToken(token, request, response);
			}

			@Override
			public CsrfToken loadToken(HttpServletRequest request) {
				return pick(request).loadToken(request);
			}

			private CookieCsrfTokenRepository pick(HttpServletRequest request) {
				return LanguageFromAddress.isSpanish(request) ? spanish : english;
			}
		};
	}

	private static CookieCsrfTokenRepository csrfCookie(Language language) {
		CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();
		cookie.setCookieName(CSRF_COOKIE);
		cookie.setCookiePath(SitePage.CONSULTATION.path(language));
		cookie.setCookieCustomizer((builder) -> builder.httpOnly(true).sameSite("Lax"));
		return cookie;
	}

	/**
	 * A consultation form whose CSRF token is missing or wrong (its cookie gone with a
	 * browser restart, say) is refused, 403, but what the person typed is not lost: the
	 * form is shown again with it (by a forward, so the refused request reaches nothing
	 * else), to be checked and sent once more. Any other refusal is the plain 403 page.
	 */
	static AccessDeniedHandler formSentBackWhenCsrfFails() {
		RequestMatcher english = PathPatternRequestMatcher.withDefaults()
			.matcher(HttpMethod.POST, SitePage.CONSULTATION.path(Language.ENGLISH));
		RequestMatcher spanish = PathPatternRequestMatcher.withDefaults()
			.matcher(HttpMethod.POST, SitePage.CONSULTATION.path(Language.SPANISH));
		AccessDeniedHandler plain = new AccessDeniedHandlerImpl();
		return (request, response, exception) -> {
			boolean inSpanish = spanish.matches(request);
			if (exception instanceof CsrfException && (english.matches(request) || inSpanish)
					&& !response.isCommitted()) {
				response.setStatus(HttpStatus.FORBIDDEN.value());
				request
					.getRequestDispatcher(inSpanish ? SitePage.FORM_SENT_BACK.path(Language.SPANISH) : FORM_SENT_BACK)
					.forward(request, response);
				return;
			}
			plain.handle(request, response, exception);
		};
	}

}
