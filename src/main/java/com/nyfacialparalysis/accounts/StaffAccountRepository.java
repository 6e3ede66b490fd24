package com.nyfacialparalysis.accounts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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

	/**
	 * Every account, enabled or not, by id: for the names of owners and note authors.
	 */
	default Map<Long, StaffAccount> everyoneById() {
		return findAll().stream().collect(Collectors.toMap(StaffAccount::getId, Function.identity()));
	}

}
