package com.nyfacialparalysis.staff;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import com.nyfacialparalysis.consultation.ConsultationRequest;
import com.nyfacialparalysis.consultation.RequestStatus;

/**
 * The consultation requests as the front desk reads them: urgent first, then newest;
 * filtered by status (spam only when asked for) and searched by name, email, phone digits
 * or reference.
 */
interface InboxRepository extends Repository<ConsultationRequest, Long> {

	String MATCHES = """
			((:status is null and r.status <> com.nyfacialparalysis.consultation.RequestStatus.SPAM) or r.status = :status)
			and (:like is null
			     or lower(r.fullName) like :like
			     or lower(r.email) like :like
			     or (:digits is not null and r.phoneDigits like :digits)
			     or r.reference = :reference)""";

	@Query(value = "select r from ConsultationRequest r left join fetch r.owner where " + MATCHES
			+ " order by r.urgent desc, r.receivedAt desc, r.id desc",
			countQuery = "select count(r) from ConsultationRequest r where " + MATCHES)
	Page<ConsultationRequest> find(@Param("status") RequestStatus status, @Param("like") String like,
			@Param("digits") String digits, @Param("reference") String reference, Pageable pageable);

	@Query("select r.status, count(r) from ConsultationRequest r group by r.status")
	List<Object[]> countByStatus();

	@Query("select r from ConsultationRequest r left join fetch r.owner where r.id = :id")
	Optional<ConsultationRequest> findWithOwner(@Param("id") Long id);

	Optional<ConsultationRequest> findById(Long id);

	@Query("""
			select r from ConsultationRequest r
			where r.status in (com.nyfacialparalysis.consultation.RequestStatus.CLOSED,
			                   com.nyfacialparalysis.consultation.RequestStatus.SPAM)
			  and r.closedAt < :cutoff""")
	List<ConsultationRequest> findClosedBefore(@Param("cutoff") java.time.Instant cutoff);

	@org.springframework.data.jpa.repository.Modifying
	@Query("delete from ConsultationRequest r where r.id in :ids")
	void deleteRequests(@Param("ids") List<Long> ids);

}
