package com.nyfacialparalysis.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the audit log: who (the signed-in member of staff unless named), what, which
 * request or requests, and from which client address. Details never hold a patient's
 * name, contact details or message.
 *
 * <p>
 * A line about a change is written in the transaction of that change, so it exists if and
 * only if the change does, on the same connection. Sign-in events are the exception: they
 * are kept even when the sign-in fails, so each has a transaction of its own. Refusals
 * that an attacker can repeat at will (wrong passwords, refused tries, wrong codes) are
 * counted on one line per source and hour instead of one line each.
 */
@Service
public class AuditLog {

	/** Repeated refusals from one source are counted on one line per hour. */
	static final ChronoUnit REPEAT_WINDOW = ChronoUnit.HOURS;

	private final AuditEventRepository events;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AuditLog(AuditEventRepository events, JdbcTemplate jdbc, Clock clock) {
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Something the signed-in member of staff did, in the transaction of what they did.
	 */
	@Transactional
	public void record(AuditAction action, String requestReference, String detail) {
		record(currentActor(), action, requestReference, detail);
	}

	/** Something done by {@code actor}, in the transaction of what was done. */
	@Transactional
	public void record(String actor, AuditAction action, String requestReference, String detail) {
		this.events
			.save(new AuditEvent(this.clock.instant(), actor, action, requestReference, detail, clientAddress()));
	}

	/**
	 * Something done to several requests at once (an export, a page of the inbox, a
	 * retention run), naming every one of them, in the transaction of what was done.
	 */
	@Transactional
	public void recordForRequests(String actor, AuditAction action, String detail, Collection<String> references) {
		AuditEvent event = this.events
			.save(new AuditEvent(this.clock.instant(), actor, action, null, detail, clientAddress()));
		List<String> distinct = List.copyOf(new TreeSet<>(references));
		this.jdbc.batchUpdate("insert into audit_event_requests (event_id, request_reference) values (?, ?)", distinct,
				500, (statement, reference) -> {
					statement.setLong(1, event.getId());
					statement.setString(2, reference);
				});
	}

	/** As {@link #recordForRequests}, by the signed-in member of staff. */
	@Transactional
	public void recordForRequests(AuditAction action, String detail, Collection<String> references) {
		recordForRequests(currentActor(), action, detail, references);
	}

	/**
	 * A sign-in event (or another that must be kept whatever happens to the work around
	 * it), in a transaction of its own.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordOnItsOwn(String actor, AuditAction action, String detail) {
		record(actor, action, null, detail);
	}

	/**
	 * A refusal that may be repeated many times: the first within the hour from this
	 * actor (or typed name) and address makes a line, the others add to its count. Each
	 * statement commits on its own, so that instances and threads counting at once never
	 * make two lines for one.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void recordRepeated(String actor, AuditAction action, String detail) {
		Instant now = this.clock.instant();
		String address = clientAddress();
		String key = aggregationKey(action, actor, detail, address, now.truncatedTo(REPEAT_WINDOW));
		OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
		if (addOne(key, at)) {
			return;
		}
		try {
			this.jdbc.update(
					"insert into audit_events (occurred_at, actor, action, detail, client_address, repeat_count, "
							+ "last_occurred_at, aggregation_key) values (?, ?, ?, ?, ?, 1, ?, ?)",
					at, truncate(actor, 60), action.name(), truncate(detail, 500), truncate(address, 45), at, key);
		}
		catch (DuplicateKeyException ex) {
			// Another request made the line a moment ago.
			addOne(key, at);
		}
	}

	private boolean addOne(String key, OffsetDateTime at) {
		return this.jdbc.update(
				"update audit_events set repeat_count = repeat_count + 1, last_occurred_at = ? where aggregation_key = ?",
				at, key) > 0;
	}

	private static String aggregationKey(AuditAction action, String actor, String detail, String address,
			Instant window) {
		try {
			String source = action + "|" + actor + "|" + detail + "|" + address + "|" + window;
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	private static String truncate(String value, int max) {
		return (value == null || value.length() <= max) ? value : value.substring(0, max);
	}

	private static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean someone = authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
		return someone ? authentication.getName() : null;
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
