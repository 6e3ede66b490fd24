package com.nyfacialparalysis.system.limits;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the number of live sessions under {@code clinic.sessions.max-live}. It sits just
 * after Spring Session's filter: when a request that is not signed in asks for a new
 * session while that many are live, the session is not made and the visitor gets a 503
 * page with the clinic's phone number and a Retry-After. A request that already has a
 * session, or that is signed in (a sign-in saving its result), is never refused. The
 * count is of the database's {@code spring_session} rows not yet expired, so it holds
 * across instances; a "full" answer is remembered for a second, so a flood of refusals
 * costs one count a second.
 */
class LiveSessionCap extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(LiveSessionCap.class);

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	private final JdbcTemplate jdbc;

	private final SessionProperties properties;

	private final Clock clock;

	private final Counter refused;

	private final AtomicReference<Count> lastCount = new AtomicReference<>(new Count(0, Instant.EPOCH));

	private final AtomicReference<Instant> lastWarned = new AtomicReference<>(Instant.EPOCH);

	LiveSessionCap(JdbcTemplate jdbc, SessionProperties properties, Clock clock, MeterRegistry metrics) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
		this.refused = Counter.builder("site.sessions.refused")
			.description("New sessions refused because clinic.sessions.max-live were live")
			.register(metrics);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(new CappedSessions(request), response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!causedByTheCap(ex) || response.isCommitted()) {
				throw ex;
			}
			response.reset();
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(this.properties.retryAfter().toSeconds()));
			response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		}
	}

	private static boolean causedByTheCap(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SessionsFull) {
				return true;
			}
		}
		return false;
	}

	/** Whether as many sessions as allowed are live now. */
	boolean isFull() {
		Instant now = this.clock.instant();
		Count seen = this.lastCount.get();
		if (seen.live() >= this.properties.maxLive() && now.isBefore(seen.at().plusSeconds(1))) {
			return true;
		}
		Integer live = this.jdbc.queryForObject("select count(*) from spring_session where expiry_time > ?",
				Integer.class, now.toEpochMilli());
		Count count = new Count((live != null) ? live : 0, now);
		this.lastCount.set(count);
		return count.live() >= this.properties.maxLive();
	}

	private void refuse() {
		this.refused.increment();
		Instant now = this.clock.instant();
		Instant warned = this.lastWarned.get();
		if (now.isAfter(warned.plusSeconds(60)) && this.lastWarned.compareAndSet(warned, now)) {
			log.warn("{} sessions are live (clinic.sessions.max-live): refusing new sessions to visitors "
					+ "who are not signed in (site.sessions.refused counts them)", this.properties.maxLive());
		}
		throw new SessionsFull();
	}

	private static boolean isSignedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated() && !TRUST.isAnonymous(authentication);
	}

	private record Count(int live, Instant at) {
	}

	/** Thrown where a new session was asked for and refused; answered with 503. */
	static final class SessionsFull extends RuntimeException {

		SessionsFull() {
			super("Too many live sessions", null, false, false);
		}

	}

	/** The request, with a new session made only while there is room for it. */
	private final class CappedSessions extends HttpServletRequestWrapper {

		CappedSessions(HttpServletRequest request) {
			super(request);
		}

		@Override
		public HttpSession getSession() {
			return getSession(true);
		}

		@Override
		public HttpSession getSession(boolean create) {
			HttpSession existing = super.getSession(false);
			if (existing != null || !create) {
				return existing;
			}
			if (!isSignedIn() && isFull()) {
				refuse();
			}
			return super.getSession(true);
		}

	}

}
