package com.nyfacialparalysis.requests;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How many requests are closed and how many are spam: most of the table, so counting them
 * reads most of an index (about 60 ms at 200,000 requests). The inbox shows them on every
 * page, so they are counted at most once a minute on each instance, and again as soon as
 * this instance closes, reopens, marks or rescues a request or deletes old ones. A change
 * made on another instance shows within the minute; the open statuses are always counted
 * afresh.
 */
@Component
class FinishedCounts {

	/** How long the counts are kept. */
	static final Duration KEPT = Duration.ofMinutes(1);

	static final List<RequestStatus> FINISHED = List.of(RequestStatus.CLOSED, RequestStatus.SPAM);

	private final RequestRepository requests;

	private final AtomicReference<Counted> counted = new AtomicReference<>();

	/**
	 * How many times the counts were forgotten: counts read before the last time are old.
	 */
	private final AtomicLong changes = new AtomicLong();

	FinishedCounts(RequestRepository requests) {
		this.requests = requests;
	}

	private record Counted(long atNanos, long changes, Map<RequestStatus, Long> counts) {
	}

	/** The closed and spam counts, counted within the last minute. */
	Map<RequestStatus, Long> counts() {
		Counted kept = this.counted.get();
		long now = System.nanoTime();
		if (kept == null || now - kept.atNanos() > KEPT.toNanos() || kept.changes() != this.changes.get()) {
			long changesSeen = this.changes.get();
			Map<RequestStatus, Long> counts = new EnumMap<>(RequestStatus.class);
			FINISHED.forEach((status) -> counts.put(status, 0L));
			for (Object[] row : this.requests.countIn(FINISHED)) {
				counts.put((RequestStatus) row[0], (Long) row[1]);
			}
			// Forgotten while they were read: counted again next time.
			kept = new Counted(now, changesSeen, counts);
			this.counted.set(kept);
		}
		return kept.counts();
	}

	/**
	 * Counts again next time, once the current transaction (if any) has committed: a
	 * request became or stopped being closed or spam, or was deleted.
	 */
	void forget() {
		this.changes.incrementAndGet();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					FinishedCounts.this.changes.incrementAndGet();
				}
			});
		}
	}

}
