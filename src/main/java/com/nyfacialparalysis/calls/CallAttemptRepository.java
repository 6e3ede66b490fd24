package com.nyfacialparalysis.calls;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The call log: attempts on one request, newest first, and a short summary for each row
 * of the inbox.
 */
interface CallAttemptRepository extends Repository<CallAttempt, Long> {

	CallAttempt save(CallAttempt attempt);

	@Query("""
			select a from CallAttempt a
			where a.requestId = :requestId order by a.attemptedAt desc, a.id desc""")
	List<CallAttempt> findForRequest(@Param("requestId") Long requestId);

	/**
	 * For each of these requests that has attempts: how many, and the newest one's
	 * outcome and time (one query for a page of the inbox, by the request's index).
	 */
	@Query("""
			select a.requestId as requestId, a.outcome as outcome, a.attemptedAt as attemptedAt,
			       (select count(b) from CallAttempt b where b.requestId = a.requestId) as attempts
			from CallAttempt a
			where a.requestId in :requestIds
			  and a.attemptedAt = (select max(c.attemptedAt) from CallAttempt c where c.requestId = a.requestId)
			order by a.id desc""")
	List<LatestAttempt> findLatest(@Param("requestIds") Collection<Long> requestIds);

	/** The newest attempt on a request, and how many there were. */
	interface LatestAttempt {

		Long getRequestId();

		CallOutcome getOutcome();

		Instant getAttemptedAt();

		Long getAttempts();

	}

}
