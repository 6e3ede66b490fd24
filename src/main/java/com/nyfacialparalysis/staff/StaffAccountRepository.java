package com.nyfacialparalysis.staff;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Staff accounts.
 */
public interface StaffAccountRepository extends JpaRepository<StaffAccount, Long> {

	Optional<StaffAccount> findByUsernameIgnoreCase(String username);

	List<StaffAccount> findAllByOrderByDisplayNameAsc();

	List<StaffAccount> findByEnabledTrueOrderByDisplayNameAsc();

}
