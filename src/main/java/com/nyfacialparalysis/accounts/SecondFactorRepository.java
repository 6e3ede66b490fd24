package com.nyfacialparalysis.accounts;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Authenticator secrets. Using a code moves the account's last used step forward in one
 * statement that only succeeds if the step is later than the last one used, so a code is
 * accepted once, whichever instance sees it first.
 */
interface SecondFactorRepository extends JpaRepository<SecondFactor, Long> {

	/** Takes a step of a set-up factor; 1 when it was not used yet, 0 otherwise. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update SecondFactor f set f.lastUsedStep = :step
			where f.accountId = :account and f.confirmedAt is not null and f.lastUsedStep < :step""")
	int useStep(@Param("account") Long accountId, @Param("step") long step);

	/**
	 * Sets up a factor with its first code's step; 1 when done, 0 when it was already set
	 * up.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update SecondFactor f set f.lastUsedStep = :step, f.confirmedAt = :now
			where f.accountId = :account and f.confirmedAt is null and f.lastUsedStep < :step""")
	int confirm(@Param("account") Long accountId, @Param("step") long step, @Param("now") Instant now);

	@Query("select f.accountId from SecondFactor f where f.confirmedAt is not null")
	List<Long> findSetUpAccountIds();

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from SecondFactor f where f.accountId = :account")
	int deleteForAccount(@Param("account") Long accountId);

}
