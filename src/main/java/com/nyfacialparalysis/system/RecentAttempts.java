package com.nyfacialparalysis.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Attempts counted over a sliding window, kept in the database so that every instance
 * sharing it sees the same count: the consultation form's hourly limit and the staff
 * sign-in throttle both count here. A client is stored only as a SHA-256 digest of its
 * key, and nothing older than a day is kept.
 */
@Component
public class RecentAttempts {

	/** Longer than any window counted here; older attempts are deleted. */
	static final Duration KEPT_FOR = Duration.ofDays(1);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	RecentAttempts(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Notes one attempt of this kind by this client, now. */
	public void record(String kind, String client) {
		this.jdbc.update("insert into recent_attempts (kind, client_key, attempted_at) values (?, ?, ?)", kind,
				digest(kind, client), now());
	}

	/** How many attempts of this kind the client made within the window ending now. */
	public int count(String kind, String client, Duration window) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from recent_attempts where kind = ? and client_key = ? and attempted_at > ?",
				Integer.class, kind, digest(kind, client), now().minus(window));
		return (count != null) ? count : 0;
	}

	/**
	 * When the oldest attempt within the window ending now was made, if there was one.
	 */
	public Optional<Instant> oldest(String kind, String client, Duration window) {
		OffsetDateTime oldest = this.jdbc.queryForObject(
				"select min(attempted_at) from recent_attempts where kind = ? and client_key = ? and attempted_at > ?",
				OffsetDateTime.class, kind, digest(kind, client), now().minus(window));
		return Optional.ofNullable(oldest).map(OffsetDateTime::toInstant);
	}

	/** Forgets this client's attempts of this kind (after a successful sign-in, say). */
	public void forget(String kind, String client) {
		this.jdbc.update("delete from recent_attempts where kind = ? and client_key = ?", kind, digest(kind, client));
	}

	/**
	 * Every ten minutes, on every instance (deleting what is already gone costs nothing).
	 */
	@Scheduled(fixedDelay = 10, initialDelay = 10, timeUnit = TimeUnit.MINUTES)
	public void deleteOld() {
		this.jdbc.update("delete from recent_attempts where attempted_at < ?", now().minus(KEPT_FOR));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	static String digest(String kind, String client) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest((kind + "|" + client).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
