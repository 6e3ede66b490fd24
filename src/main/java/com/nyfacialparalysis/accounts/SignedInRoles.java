package com.nyfacialparalysis.accounts;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Gives the session of the person signed in here the roles their account now holds, when
 * an administrator changed their own roles: the proofs they gave (password, code, and
 * when) stay as they were, only the roles change. (Everyone else whose roles change is
 * signed out, and gets the new roles at the next sign-in.)
 */
@Component
class SignedInRoles {

	private static final String ROLE_PREFIX = "ROLE_";

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	void replace(Set<Role> roles, HttpServletRequest request, HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		Authentication updated = current.toBuilder().authorities((authorities) -> {
			authorities.removeIf((authority) -> String.valueOf(authority.getAuthority()).startsWith(ROLE_PREFIX));
			roles.forEach((role) -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		}).build();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(updated);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
