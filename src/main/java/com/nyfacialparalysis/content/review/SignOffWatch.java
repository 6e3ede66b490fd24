package com.nyfacialparalysis.content.review;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.nyfacialparalysis.system.pagecache.PageCache;

/**
 * Keeps what the pages say about their review in step with the sign-offs in the database.
 * Pages are served from memory ({@link PageCache}); when the set of sign-offs changes,
 * the newest sign-offs are read again and the kept pages are dropped, so the next reader
 * gets a fresh render. On the instance where a clinician signs off, that happens as soon
 * as the sign-off is committed; every instance also asks the database every 30 seconds
 * for the number of sign-offs and the newest one's id (a cheap query), so a sign-off made
 * on another instance shows within a minute. A new day counts as a change too, so a
 * review that falls due is shown as overdue from that day.
 *
 * <p>
 * A page already being rendered while the sign-offs are read again could be kept with the
 * old notice; so after each change the kept pages are dropped once more at the next
 * check.
 */
@Component
public class SignOffWatch {

	private final JdbcTemplate jdbc;

	private final LatestSignOffs latest;

	private final ObjectProvider<PageCache> pageCache;

	private Fingerprint seen;

	private boolean dropAgain;

	SignOffWatch(JdbcTemplate jdbc, LatestSignOffs latest, ObjectProvider<PageCache> pageCache) {
		this.jdbc = jdbc;
		this.latest = latest;
		this.pageCache = pageCache;
		this.seen = fingerprint();
	}

	/**
	 * Every 30 seconds ({@code clinic.content.review-check}) on every instance: has any
	 * instance recorded a sign-off since the last look, or has the day changed?
	 */
	@Scheduled(fixedDelayString = "${clinic.content.review-check:30s}",
			initialDelayString = "${clinic.content.review-check:30s}")
	public synchronized void check() {
		Fingerprint now = fingerprint();
		if (!now.equals(this.seen)) {
			this.seen = now;
			reload();
		}
		else if (this.dropAgain) {
			this.dropAgain = false;
			dropKeptPages();
		}
	}

	/** A sign-off made here shows here at once, as soon as it is committed. */
	@TransactionalEventListener
	void signedOffHere(PageSignedOff event) {
		synchronized (this) {
			this.seen = fingerprint();
			reload();
		}
	}

	private void reload() {
		this.latest.refresh();
		dropKeptPages();
		this.dropAgain = true;
	}

	private void dropKeptPages() {
		this.pageCache.ifAvailable(PageCache::forgetAll);
	}

	private Fingerprint fingerprint() {
		Map<String, Object> row = this.jdbc
			.queryForMap("select count(*) as how_many, max(id) as newest from content_sign_offs");
		Number count = (Number) row.get("how_many");
		Number newest = (Number) row.get("newest");
		return new Fingerprint(count.longValue(), (newest != null) ? newest.longValue() : 0L, this.latest.today());
	}

	private record Fingerprint(long count, long newest, LocalDate day) {
	}

}
