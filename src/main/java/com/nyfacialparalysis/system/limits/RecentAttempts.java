package com.nyfacialparalysis.system.limits;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Attempts counted over a sliding window, kept in the database so that every instance
 * sharing it sees the same count: the consultation form's hourly limit, the feedback
 * limit and the staff sign-in throttle all count here, each under its own kind. A client
 * is stored only as a SHA-256 digest of its key, and nothing older than a day is kept.
 * Two ways check a limit and count the attempt atomically, for limits that must hold
 * under parallel requests: {@link #ifUnder}, which also runs an action in the same
 * transaction, and {@link #admit}, which needs no transaction at all.
 */
@Component
public class RecentAttempts {

	/** Longer than any window counted here; older attempts are deleted. */
	static final Duration KEPT_FOR = Duration.ofDays(1);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final TransactionTemplate eachStatementOnItsOwn;

	RecentAttempts(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.eachStatementOnItsOwn = new TransactionTemplate(transactions);
		this.eachStatementOnItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
	}

	/**
	 * Records an attempt and says whether it may go ahead: true when it is within the
	 * first {@code max} of its kind and client in the window ending now. The attempt is
	 * recorded first (committed at once, outside any surrounding transaction), then the
	 * attempts in the window are counted, itself included: of any number of attempts
	 * arriving together, the n-th to be recorded sees at least n, so no more than the
	 * limit are ever let through. One that is turned away takes its own record back, so
	 * refusals do not prolong a lock-out.
	 */
	public boolean admit(String kind, String client, int max, Duration window) {
		Boolean admitted = this.eachStatementOnItsOwn.execute((status) -> {
			String key = digest(kind, client);
			OffsetDateTime now = now();
			KeyHolder id = new GeneratedKeyHolder();
			this.jdbc.update((connection) -> {
				PreparedStatement insert = connection.prepareStatement(
						"insert into recent_attempts (kind, client_key, attempted_at) values (?, ?, ?)",
						new String[] { "id" });
				insert.setString(1, kind);
				insert.setString(2, key);
				insert.setObject(3, now);
				return insert;
			}, id);
			Integer count = this.jdbc.queryForObject(
					"select count(*) from recent_attempts where kind = ? and client_key = ? and attempted_at > ?",
					Integer.class, kind, key, now.minus(window));
			if (count != null && count <= max) {
				return true;
			}
			this.jdbc.update("delete from recent_attempts where id = ?", id.getKey().longValue());
			return false;
		});
		return Boolean.TRUE.equals(admitted);
	}

	/**
	 * Does {@code action} only if the client made fewer than {@code max} attempts of this
	 * kind within the window ending now, and counts it as one more, atomically: in one
	 * transaction, the client's row in {@code attempt_keys} is made if it is missing and
	 * locked ({@code SELECT ... FOR UPDATE}), the attempts counted, the new one written,
	 * and the action run, so parallel attempts by one client are counted one after
	 * another and the action's writes are committed with the count or not at all. Call it
	 * outside any transaction. The row is made in the same transaction, so a client's
	 * first attempt commits once, not twice (each commit writes the embedded database's
	 * file). When a parallel first attempt by the same client made the row first, this
	 * one's transaction is rolled back before the action ran and is tried once more, now
	 * finding the row. A lock not obtained in time throws a
	 * {@link CannotAcquireLockException}, after which the whole call may be tried again.
	 * @return what the action returned, or empty when the client had no room left
	 */
	public <T> Optional<T> ifUnder(String kind, String client, Duration window, int max, Supplier<T> action) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("ifUnder runs its own transaction; call it outside one");
		}
		String key = digest(kind, client);
		try {
			return lockCountAndRun(kind, key, window, max, action);
		}
		catch (DuplicateKeyException ex) {
			// A parallel first attempt by the same client made its row first; nothing of
			// this one was written, and the row is there now.
			return lockCountAndRun(kind, key, window, max, action);
		}
	}

	private <T> Optional<T> lockCountAndRun(String kind, String key, Duration window, int max, Supplier<T> action) {
		return this.transaction.execute((status) -> {
			if (this.jdbc
				.queryForList("select kind from attempt_keys where kind = ? and client_key = ? for update",
						String.class, kind, key)
				.isEmpty()) {
				// The client's first attempt in a day: its row is made, and locked by
				// being made, in this transaction.
				this.jdbc.update("insert into attempt_keys (kind, client_key, created_at) values (?, ?, ?)", kind, key,
						now());
			}
			Integer count = this.jdbc.queryForObject(
					"select count(*) from recent_attempts where kind = ? and client_key = ? and attempted_at > ?",
					Integer.class, kind, key, now().minus(window));
			if (count != null && count >= max) {
				return Optional.<T>empty();
			}
			this.jdbc.update("insert into recent_attempts (kind, client_key, attempted_at) values (?, ?, ?)", kind, key,
					now());
			return Optional.ofNullable(action.get());
		});
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

	/**
	 * Forgets this client's attempts of this kind (after a successful sign-in, say), at
	 * once, outside any surrounding transaction.
	 */
	public void forget(String kind, String client) {
		this.eachStatementOnItsOwn.executeWithoutResult((status) -> this.jdbc
			.update("delete from recent_attempts where kind = ? and client_key = ?", kind, digest(kind, client)));
	}

	/**
	 * Every ten minutes, on every instance (deleting what is already gone costs nothing).
	 */
	@Scheduled(fixedDelay = 10, initialDelay = 10, timeUnit = TimeUnit.MINUTES)
	public void deleteOld() {
		this.jdbc.update("delete from recent_attempts where attempted_at < ?", now().minus(KEPT_FOR));
		this.jdbc.update("delete from attempt_keys where created_at < ?", now().minus(KEPT_FOR));
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
