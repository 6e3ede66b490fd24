package com.nyfacialparalysis.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Stored consultation requests: found by one-time token or reference for the person's
 * confirmation, and as the front desk reads them (urgent first, then newest; filtered by
 * status, spam only when asked for; searched by name, email, phone digits or reference).
 */
interface RequestRepository extends JpaRepository<ConsultationRequest, Long> {

	String MATCHES = """
			((:status is null and r.status <> :hidden) or r.status = :status)
			and (:like is null
			     or lower(r.fullName) like :like
			     or lower(r.email) like :like
			     or (:digits is not null and r.phoneDigits like :digits)
			     or r.reference = :reference)""";

	Optional<ConsultationRequest> findBySubmissionToken(String submissionToken);

	Optional<ConsultationRequest> findByReference(String reference);

	/**
	 * Open urgent requests first (a closed one has been dealt with and takes its place by
	 * date), then open requests whose "call again" day has come, then newest.
	 */
	String ORDER = """
			order by case when r.urgent = true and r.status <> :hidden and r.status <> :closed then 0 else 1 end,
			case when r.callAgainOn <= :today and r.status <> :hidden and r.status <> :closed then 0 else 1 end,
			r.receivedAt desc, r.id desc""";

	@Query(value = "select r from ConsultationRequest r where " + MATCHES + ORDER,
			countQuery = "select count(r) from ConsultationRequest r where " + MATCHES)
	Page<ConsultationRequest> find(@Param("status") RequestStatus status, @Param("hidden") RequestStatus hidden,
			@Param("closed") RequestStatus closed, @Param("today") LocalDate today, @Param("like") String like,
			@Param("digits") String digits, @Param("reference") String reference, Pageable pageable);

	/**
	 * Requests with this status (every status but spam when none is given) that match the
	 * search, call-backs due by {@code today} right after the urgent ones.
	 */
	default Page<ConsultationRequest> find(RequestStatus status, LocalDate today, String like, String digits,
			String reference, Pageable pageable) {
		return find(status, RequestStatus.SPAM, RequestStatus.CLOSED, today, like, digits, reference, pageable);
	}

	/** The first batch of an export: newest first. */
	@Query("select r from ConsultationRequest r where " + MATCHES + " order by r.receivedAt desc, r.id desc")
	List<ConsultationRequest> exportFirst(@Param("status") RequestStatus status, @Param("hidden") RequestStatus hidden,
			@Param("like") String like, @Param("digits") String digits, @Param("reference") String reference,
			Pageable batch);

	/**
	 * The next batch of an export without search words, every status but {@code hidden}:
	 * read in order from the index on (received_at, id).
	 */
	@Query("select r from ConsultationRequest r where r.status <> :hidden"
			+ " and (r.receivedAt, r.id) < (:afterAt, :afterId) order by r.receivedAt desc, r.id desc")
	List<ConsultationRequest> exportAllBut(@Param("hidden") RequestStatus hidden, @Param("afterAt") Instant afterAt,
			@Param("afterId") Long afterId, Pageable batch);

	/** The next batch of an export of one status, without search words. */
	@Query("select r from ConsultationRequest r where r.status = :status"
			+ " and (r.receivedAt, r.id) < (:afterAt, :afterId) order by r.receivedAt desc, r.id desc")
	List<ConsultationRequest> exportIn(@Param("status") RequestStatus status, @Param("afterAt") Instant afterAt,
			@Param("afterId") Long afterId, Pageable batch);

	/** The next batch of an export: those after the last one written (keyset paging). */
	@Query("select r from ConsultationRequest r where " + MATCHES
			+ " and (r.receivedAt < :afterAt or (r.receivedAt = :afterAt and r.id < :afterId))"
			+ " order by r.receivedAt desc, r.id desc")
	List<ConsultationRequest> exportAfter(@Param("status") RequestStatus status, @Param("hidden") RequestStatus hidden,
			@Param("like") String like, @Param("digits") String digits, @Param("reference") String reference,
			@Param("afterAt") Instant afterAt, @Param("afterId") Long afterId, Pageable batch);

	@Query("select r.status, count(r) from ConsultationRequest r group by r.status")
	List<Object[]> countByStatus();

	@Query("""
			select r.id as id, r.reference as reference from ConsultationRequest r
			where r.status in :statuses and r.closedAt < :cutoff order by r.id""")
	List<Expired> findInStatusSince(@Param("statuses") List<RequestStatus> statuses, @Param("cutoff") Instant cutoff,
			Pageable batch);

	/**
	 * The first {@code size} requests closed or marked as spam before the cutoff: their
	 * ids and references only.
	 */
	default List<Expired> findClosedBefore(Instant cutoff, int size) {
		return findInStatusSince(List.of(RequestStatus.CLOSED, RequestStatus.SPAM), cutoff, PageRequest.of(0, size));
	}

	/** A request past its retention period, as the retention job needs it. */
	interface Expired {

		Long getId();

		String getReference();

	}

	@Modifying
	@Query("delete from ConsultationRequest r where r.id in :ids")
	void deleteRequests(@Param("ids") List<Long> ids);

}
