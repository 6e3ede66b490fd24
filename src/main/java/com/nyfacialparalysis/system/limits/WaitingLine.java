package com.nyfacialparalysis.system.limits;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a flood of requests that need real work from starving everyone else. Pages served
 * from memory are answered before this (the rendered-page cache) and never wait; every
 * other request (a form, a search not yet kept, a staff page) is worked on only when one
 * of a few places is free, and otherwise waits its turn, first come first served, for up
 * to {@code clinic.web.waiting-line.max-wait}, then gets a 503 page with the clinic's
 * phone number. Staff password checks have a line of their own with fewer places, as each
 * costs a processor tens of milliseconds on purpose. So under any flood but one of cached
 * pages themselves, the processors are shared between a few workers and the readers, and
 * a reader's page does not queue behind the flood. Health checks never wait.
 */
class WaitingLine extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(WaitingLine.class);

	private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/staff/login");

	private static final RequestMatcher HEALTH = PathPatternRequestMatcher.withDefaults()
		.matcher("/actuator/health/**");

	private final Semaphore work;

	private final Semaphore signIns;

	private final WaitingLineProperties properties;

	private final Clock clock;

	private final Counter turnedAway;

	private final AtomicReference<Instant> lastWarned = new AtomicReference<>(Instant.EPOCH);

	WaitingLine(WaitingLineProperties properties, Clock clock, MeterRegistry metrics) {
		this.properties = properties;
		this.clock = clock;
		this.work = new Semaphore(properties.workersAtOnce(), true);
		this.signIns = new Semaphore(Math.max(1, properties.signInsAtOnce()), true);
		this.turnedAway = Counter.builder("site.requests.turned.away")
			.description("Requests answered 503 after waiting clinic.web.waiting-line.max-wait for their turn")
			.register(metrics);
		Gauge
			.builder("site.requests.waiting", this,
					(line) -> line.work.getQueueLength() + line.signIns.getQueueLength())
			.description("Requests waiting for their turn to be worked on")
			.register(metrics);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return HEALTH.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Semaphore line = SIGN_IN.matches(request) ? this.signIns : this.work;
		boolean turn;
		try {
			turn = line.tryAcquire(this.properties.maxWait().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			turn = false;
		}
		if (!turn) {
			turnAway(response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			line.release();
		}
	}

	private void turnAway(HttpServletResponse response) throws IOException {
		this.turnedAway.increment();
		Instant now = this.clock.instant();
		Instant warned = this.lastWarned.get();
		if (now.isAfter(warned.plusSeconds(60)) && this.lastWarned.compareAndSet(warned, now)) {
			log.warn("Requests waited {} for their turn and were answered 503 (site.requests.turned.away counts "
					+ "them): the site is flooded", this.properties.maxWait());
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, "30");
		response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
	}

}
