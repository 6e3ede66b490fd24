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
 * How many requests are contacted, scheduled, closed and spam: nearly the whole table
 * after a few years, so counting them reads nearly all of an index (60 to 100 ms at
 * 200,000 requests). The inbox shows them on every page, so they are counted at most once
 * a minute on each instance, and again as soon as this instance changes a request's
 * status or deletes old ones. A change made on another instance shows within the minute.
 * New requests, the few a receptionist watches for, are counted afresh on every page.
 */
@Component
class KeptCounts {

	/** How long the counts are kept. */
	static final Duration KEPT = Duration.ofMinutes(1);

	static final List<RequestStatus> KEPT_STATUSES = List.of(RequestStatus.CONTACTED, RequestStatus.SCHEDULED,
			RequestStatus.CLOSED, RequestStatus.SPAM);

	private final RequestRepository requests;

	private final AtomicReference<Counted> counted = new AtomicReference<>();

	/**
	 * How many times the counts were forgotten: counts read before the last time are old.
	 */
	private final AtomicLong changes = new AtomicLong();

	KeptCounts(RequestRepository requests) {
		this.requests = requests;
	}

	private record Counted(long atNanos, long changes, Map<RequestStatus, Long> counts) {
	}

	/** The counts of every status but new, counted within the last minute. */
	Map<RequestStatus, Long> counts() {
		Counted kept = this.counted.get();
		long now = System.nanoTime();
		if (kept == null || now - kept.atNanos() > KEPT.toNanos() || kept.changes() != this.changes.get()) {
			long changesSeen = this.changes.get();
			Map<RequestStatus, Long> counts = new EnumMap<>(RequestStatus.class);
			KEPT_STATUSES.forEach((status) -> counts.put(status, 0L));
			for (Object[] row : this.requests.countIn(KEPT_STATUSES)) {
				counts.put((RequestStatus) row[0], (Long) row[1]);
			}
			// Forgotten while they were read: counted again next time.
			kept = new Counted(now, changesSeen, counts);
			this.counted.set(kept);
		}
		return kept.counts();
	}

	/**
	 * Counts again next time, and once the current transaction (if any) has ended: a
	 * request's status changed, or requests were deleted.
	 */
	void forget() {
		this.changes.incrementAndGet();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					KeptCounts.this.changes.incrementAndGet();
				}
			});
		}
	}

}
