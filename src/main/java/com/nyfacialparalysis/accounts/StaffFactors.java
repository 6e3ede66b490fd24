package com.nyfacialparalysis.accounts;

import java.time.Instant;
import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * What a signed-in person has proved so far: their password (the first step), a code (the
 * second), and since when.
 */
public final class StaffFactors {

	private StaffFactors() {
	}

	static boolean hasPassword(Authentication authentication) {
		return has(authentication, FactorGrantedAuthority.PASSWORD_AUTHORITY);
	}

	/** Both steps done: signed in to the desk. */
	public static boolean hasBoth(Authentication authentication) {
		return hasPassword(authentication) && has(authentication, SecondFactors.AUTHORITY);
	}

	/** When the earliest proof was given: when this signing-in began. */
	static Optional<Instant> signedInSince(Authentication authentication) {
		if (!isSomeone(authentication)) {
			return Optional.empty();
		}
		return authentication.getAuthorities()
			.stream()
			.filter(FactorGrantedAuthority.class::isInstance)
			.map((authority) -> ((FactorGrantedAuthority) authority).getIssuedAt())
			.min(Instant::compareTo);
	}

	private static boolean has(Authentication authentication, String factor) {
		if (!isSomeone(authentication)) {
			return false;
		}
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			if (factor.equals(authority.getAuthority())) {
				return true;
			}
		}
		return false;
	}

	private static boolean isSomeone(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

}
