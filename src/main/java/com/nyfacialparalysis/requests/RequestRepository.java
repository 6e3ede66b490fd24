package com.nyfacialparalysis.requests;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
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

	@Query(value = "select r from ConsultationRequest r where " + MATCHES
			+ " order by r.urgent desc, r.receivedAt desc, r.id desc",
			countQuery = "select count(r) from ConsultationRequest r where " + MATCHES)
	Page<ConsultationRequest> find(@Param("status") RequestStatus status, @Param("hidden") RequestStatus hidden,
			@Param("like") String like, @Param("digits") String digits, @Param("reference") String reference,
			Pageable pageable);

	@Query("select r.status, count(r) from ConsultationRequest r group by r.status")
	List<Object[]> countByStatus();

	@Query("select r from ConsultationRequest r where r.status in :statuses and r.closedAt < :cutoff")
	List<ConsultationRequest> findInStatusSince(@Param("statuses") List<RequestStatus> statuses,
			@Param("cutoff") Instant cutoff);

	/** Requests closed or marked as spam before the cutoff. */
	default List<ConsultationRequest> findClosedBefore(Instant cutoff) {
		return findInStatusSince(List.of(RequestStatus.CLOSED, RequestStatus.SPAM), cutoff);
	}

	@Modifying
	@Query("delete from ConsultationRequest r where r.id in :ids")
	void deleteRequests(@Param("ids") List<Long> ids);

}
