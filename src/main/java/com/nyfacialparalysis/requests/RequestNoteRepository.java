package com.nyfacialparalysis.requests;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Notes on requests.
 */
interface RequestNoteRepository extends JpaRepository<RequestNote, Long> {

	@Query("select n from RequestNote n where n.requestId = :requestId order by n.writtenAt asc, n.id asc")
	List<RequestNote> findForRequest(@Param("requestId") Long requestId);

	@Modifying
	@Query("delete from RequestNote n where n.requestId in :ids")
	void deleteForRequests(@Param("ids") List<Long> ids);

}
