package com.nyfacialparalysis.requests;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Stored consultation requests: found by one-time token or reference for the person's
 * confirmation, read in order for an export, counted per status, and deleted when their
 * time is up. The inbox's page and its search are in {@link InboxQueries}.
 */
interface RequestRepository extends JpaRepository<ConsultationRequest, Long> {

	Optional<ConsultationRequest> findBySubmissionToken(String submissionToken);

	Optional<ConsultationRequest> findByReference(String reference);

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

	@Query("select r.status, count(r) from ConsultationRequest r where r.status in :statuses group by r.status")
	List<Object[]> countIn(@Param("statuses") Collection<RequestStatus> statuses);

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
