package com.nyfacialparalysis.accounts;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Recovery codes. Using one marks it used in one statement that succeeds only once.
 */
interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

	/** Uses the code with this hash; 1 when it was unused, 0 otherwise. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update RecoveryCode c set c.usedAt = :now
			where c.accountId = :account and c.codeHash = :hash and c.usedAt is null""")
	int use(@Param("account") Long accountId, @Param("hash") String codeHash, @Param("now") Instant now);

	@Query("select count(c) from RecoveryCode c where c.accountId = :account and c.usedAt is null")
	long countUnused(@Param("account") Long accountId);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from RecoveryCode c where c.accountId = :account")
	int deleteForAccount(@Param("account") Long accountId);

}
