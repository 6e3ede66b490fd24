package com.nyfacialparalysis.content.review;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import com.nyfacialparalysis.content.PageKey;

/**
 * Sign-offs can be added and read, nothing else: there is deliberately no way here to
 * change or delete one.
 */
interface SignOffRepository extends Repository<ContentSignOff, Long> {

	ContentSignOff save(ContentSignOff signOff);

	/** The newest sign-off of every page that has one, without the texts. */
	@Query("select " + SignOffSummary.COLUMNS + " from ContentSignOff s where s.id in"
			+ " (select max(t.id) from ContentSignOff t group by t.page.kind, t.page.slug)")
	List<SignOffSummary> findLatestOfEveryPage();

	/** Every sign-off of a page, newest first, without the texts. */
	@Query("select " + SignOffSummary.COLUMNS + " from ContentSignOff s where s.page = :page order by s.id desc")
	List<SignOffSummary> findHistory(@Param("page") PageKey page);

	/** A page's newest sign-off, with its text. */
	Optional<ContentSignOff> findFirstByPageOrderByIdDesc(PageKey page);

}
