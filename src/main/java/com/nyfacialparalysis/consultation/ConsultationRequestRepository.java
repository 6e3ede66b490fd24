package com.nyfacialparalysis.consultation;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Stored consultation requests.
 */
public interface ConsultationRequestRepository extends JpaRepository<ConsultationRequest, Long> {

	Optional<ConsultationRequest> findBySubmissionToken(String submissionToken);

	Optional<ConsultationRequest> findByReference(String reference);

	boolean existsByReference(String reference);

}
