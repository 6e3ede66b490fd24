package com.nyfacialparalysis.audit;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The audit log. Only adding and reading: no update or delete is offered.
 */
public interface AuditEventRepository extends Repository<AuditEvent, Long> {

	AuditEvent save(AuditEvent event);

	long count();

	/**
	 * {@code actor} must be given in lower case (PostgreSQL cannot apply lower() to an
	 * untyped null). A reference matches a line about that request, or about several
	 * requests among which it was (an export, a page of the inbox).
	 */
	@Query("""
			select e from AuditEvent e
			where (:actor is null or lower(e.actor) = :actor)
			  and (:action is null or e.action = :action)
			  and (:reference is null or e.requestReference = :reference or :reference member of e.requestReferences)
			order by e.occurredAt desc, e.id desc""")
	Page<AuditEvent> search(@Param("actor") String actor, @Param("action") AuditAction action,
			@Param("reference") String reference, Pageable pageable);

	/**
	 * The references of the lines given that concern several requests, as pairs (id,
	 * reference).
	 */
	@Query("""
			select e.id, r from AuditEvent e join e.requestReferences r
			where e.id in :ids order by r""")
	List<Object[]> referencesOf(@Param("ids") Collection<Long> ids);

	@Query("""
			select e from AuditEvent e
			where e.requestReference = :reference and e.action <> :left
			order by e.occurredAt asc, e.id asc""")
	List<AuditEvent> historyWithout(@Param("reference") String reference, @Param("left") AuditAction left);

	/** What was changed on a request, oldest first: its history (views left out). */
	default List<AuditEvent> historyOf(String reference) {
		return historyWithout(reference, AuditAction.REQUEST_VIEWED);
	}

}
