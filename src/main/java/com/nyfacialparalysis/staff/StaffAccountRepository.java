package com.nyfacialparalysis.staff;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Staff accounts, looked up by their normalised username ({@link Usernames}).
 */
public interface StaffAccountRepository extends JpaRepository<StaffAccount, Long> {

	/** The account with this normalised username, with its roles. */
	@EntityGraph(attributePaths = "roles")
	Optional<StaffAccount> findByUsername(String username);

	/** The account with this id, with its roles. */
	@EntityGraph(attributePaths = "roles")
	Optional<StaffAccount> findWithRolesById(Long id);

	boolean existsByUsername(String username);

	@EntityGraph(attributePaths = "roles")
	List<StaffAccount> findAllByOrderByDisplayNameAsc();

	List<StaffAccount> findByEnabledTrueOrderByDisplayNameAsc();

}
