package com.nyfacialparalysis.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts sign-in attempts (passwords, two-factor codes) per key over a sliding window, in
 * the database so that every instance sees the same count.
 *
 * <p>
 * {@link #admit} is the check and the count in one: it first records the attempt
 * (committed at once), then counts the attempts in the window, itself included. Of any
 * number of attempts arriving together, the n-th to be recorded sees at least n, so no
 * more than the limit are ever let through; one that is turned away takes its own record
 * back, so refusals do not prolong the lock-out. A key is stored only as a SHA-256
 * digest, and nothing older than a day is kept.
 */
@Component
class SignInAttempts {

	static final Duration KEPT_FOR = Duration.ofDays(1);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	SignInAttempts(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records an attempt and says whether it may go ahead: true when it is within the
	 * first {@code max} of its kind and key in the window ending now. Each statement
	 * commits on its own, outside any surrounding transaction, so that attempts made at
	 * the same moment see each other.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public boolean admit(String kind, String key, int max, Duration window) {
		String digest = digest(kind, key);
		OffsetDateTime now = now();
		KeyHolder id = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			PreparedStatement insert = connection.prepareStatement(
					"insert into staff_sign_in_attempts (kind, attempt_key, attempted_at) values (?, ?, ?)",
					new String[] { "id" });
			insert.setString(1, kind);
			insert.setString(2, digest);
			insert.setObject(3, now);
			return insert;
		}, id);
		Integer count = this.jdbc.queryForObject(
				"select count(*) from staff_sign_in_attempts where kind = ? and attempt_key = ? and attempted_at > ?",
				Integer.class, kind, digest, now.minus(window));
		if (count != null && count <= max) {
			return true;
		}
		this.jdbc.update("delete from staff_sign_in_attempts where id = ?", id.getKey().longValue());
		return false;
	}

	/** Forgets the attempts of this kind and key (after a success). */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void forget(String kind, String key) {
		this.jdbc.update("delete from staff_sign_in_attempts where kind = ? and attempt_key = ?", kind,
				digest(kind, key));
	}

	/**
	 * Every ten minutes, on every instance (deleting what is already gone costs nothing).
	 */
	@Scheduled(fixedDelay = 10, initialDelay = 10, timeUnit = TimeUnit.MINUTES)
	public void deleteOld() {
		this.jdbc.update("delete from staff_sign_in_attempts where attempted_at < ?", now().minus(KEPT_FOR));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	static String digest(String kind, String key) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest((kind + "|" + key).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
