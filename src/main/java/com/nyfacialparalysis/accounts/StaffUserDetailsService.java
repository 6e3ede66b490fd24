package com.nyfacialparalysis.accounts;

import java.util.Optional;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks up staff accounts for Spring Security's sign-in, by the normalised username, and
 * replaces an older kind of password hash with the current one when its owner signs in. A
 * name that no account could have (control characters, too long) is never sent to the
 * database.
 */
@Service
class StaffUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

	private final StaffAccountRepository accounts;

	StaffUserDetailsService(StaffAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		String normalised = Usernames.normalise(username);
		Optional<StaffAccount> found = Usernames.couldExist(normalised) ? this.accounts.findByUsername(normalised)
				: Optional.empty();
		StaffAccount account = found.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		return User.withUsername(account.getUsername())
			.password(account.getPasswordHash())
			.authorities(account.getRoles().stream().map(Role::authority).toArray(String[]::new))
			.disabled(!account.isEnabled())
			.build();
	}

	@Override
	@Transactional
	public UserDetails updatePassword(UserDetails user, String newPassword) {
		this.accounts.findByUsername(user.getUsername())
			.ifPresent((account) -> account.replacePasswordHash(newPassword));
		return User.withUserDetails(user).password(newPassword).build();
	}

}
