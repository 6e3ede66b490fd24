package com.nyfacialparalysis.accounts;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A test-only signed-in member of staff, for tests about what a signed-in person does
 * (not about signing in): it states that both steps were done, the password
 * ({@code FACTOR_PASSWORD}) and the code ({@code FACTOR_TOTP}), as a real sign-in would.
 */
public final class StaffTestUsers {

	private StaffTestUsers() {
	}

	/** Signed in with both factors and these roles. */
	public static RequestPostProcessor signedIn(String username, Role... roles) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (Role role : roles) {
			authorities.add(new SimpleGrantedAuthority(role.authority()));
		}
		authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
		authorities.add(FactorGrantedAuthority.fromAuthority(SecondFactors.AUTHORITY));
		return user(username).authorities(authorities);
	}

	/** Signed in with the password only: the second step not done yet. */
	public static RequestPostProcessor passwordOnly(String username, Role... roles) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (Role role : roles) {
			authorities.add(new SimpleGrantedAuthority(role.authority()));
		}
		authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
		return user(username).authorities(authorities);
	}

}
