package com.nyfacialparalysis.staff;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Looks up staff accounts for Spring Security's sign-in.
 */
@Service
class StaffUserDetailsService implements UserDetailsService {

	private final StaffAccountRepository accounts;

	StaffUserDetailsService(StaffAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		StaffAccount account = this.accounts.findByUsernameIgnoreCase(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		return User.withUsername(account.getUsername())
			.password(account.getPasswordHash())
			.authorities(account.getRole().authority())
			.disabled(!account.isEnabled())
			.build();
	}

}
