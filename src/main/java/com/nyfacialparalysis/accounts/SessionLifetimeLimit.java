package com.nyfacialparalysis.accounts;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import com.nyfacialparalysis.audit.AuditAction;
import com.nyfacialparalysis.audit.AuditLog;

/**
 * The absolute lifetime of a signing-in: however busy someone is, once this long has
 * passed since they gave their password, their session is ended and they are sent to the
 * sign-in page. (The idle time-out ends a session that is not used.)
 */
final class SessionLifetimeLimit extends OncePerRequestFilter {

	private final Duration lifetime;

	private final AuditLog audit;

	private final Clock clock;

	SessionLifetimeLimit(Duration lifetime, AuditLog audit, Clock clock) {
		this.lifetime = lifetime;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Optional<Instant> since = StaffFactors.signedInSince(authentication);
		if (session != null && since.isPresent() && this.clock.instant().isAfter(since.get().plus(this.lifetime))) {
			this.audit.recordOnItsOwn(authentication.getName(), AuditAction.SESSION_EXPIRED,
					"lifetime " + this.lifetime);
			session.invalidate();
			SecurityContextHolder.clearContext();
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader("Location", request.getContextPath() + StaffSecurityConfig.LOGIN + "?expired");
			return;
		}
		chain.doFilter(request, response);
	}

}
