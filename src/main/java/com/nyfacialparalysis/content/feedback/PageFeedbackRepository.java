package com.nyfacialparalysis.content.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import com.nyfacialparalysis.content.PageKey;

/**
 * Readers' answers: added, counted, read by staff, marked dealt with, and deleted after a
 * year.
 */
interface PageFeedbackRepository extends Repository<PageFeedback, Long> {

	PageFeedback save(PageFeedback feedback);

	Optional<PageFeedback> findById(Long id);

	/** Per page: the page's kind and slug, the yes answers and the no answers. */
	@Query("select f.page.kind, f.page.slug, sum(case when f.helpful = true then 1 else 0 end),"
			+ " sum(case when f.helpful = false then 1 else 0 end)"
			+ " from PageFeedback f where f.receivedAt >= :since group by f.page.kind, f.page.slug")
	List<Object[]> countSince(@Param("since") Instant since);

	@Query("select f from PageFeedback f where f.comment is not null order by f.receivedAt desc, f.id desc")
	List<PageFeedback> findComments();

	@Query("select f from PageFeedback f where f.comment is not null and f.page = :page"
			+ " order by f.receivedAt desc, f.id desc")
	List<PageFeedback> findComments(@Param("page") PageKey page);

	@Modifying
	@Query("update PageFeedback f set f.dealtWithAt = :at, f.dealtWithBy = :by where f.id = :id"
			+ " and f.dealtWithAt is null")
	int markDealtWith(@Param("id") long id, @Param("at") Instant at, @Param("by") long by);

	@Modifying
	@Query("delete from PageFeedback f where f.receivedAt < :cutoff")
	int deleteReceivedBefore(@Param("cutoff") Instant cutoff);

}
