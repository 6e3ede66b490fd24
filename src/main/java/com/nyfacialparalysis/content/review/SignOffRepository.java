package com.nyfacialparalysis.content.review;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import com.nyfacialparalysis.content.PageKind;

/**
 * Sign-offs can be added and read, nothing else: there is deliberately no way here to
 * change or delete one.
 */
interface SignOffRepository extends Repository<ContentSignOff, Long> {

	ContentSignOff save(ContentSignOff signOff);

	/** The newest sign-off of every page that has one, without the texts. */
	@Query("select " + SignOffSummary.COLUMNS + " from ContentSignOff s where s.id in"
			+ " (select max(t.id) from ContentSignOff t group by t.pageKind, t.pageSlug)")
	List<SignOffSummary> findLatestOfEveryPage();

	/** Every sign-off of a page, newest first, without the texts. */
	@Query("select " + SignOffSummary.COLUMNS
			+ " from ContentSignOff s where s.pageKind = :kind and s.pageSlug = :slug order by s.id desc")
	List<SignOffSummary> findHistory(@Param("kind") PageKind kind, @Param("slug") String slug);

	/** A page's newest sign-off, with its text. */
	Optional<ContentSignOff> findFirstByPageKindAndPageSlugOrderByIdDesc(PageKind pageKind, String pageSlug);

}
