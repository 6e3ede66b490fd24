package com.nyfacialparalysis.accounts.passkeys;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationProvider;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

import com.nyfacialparalysis.accounts.StaffFactors;
import com.nyfacialparalysis.audit.AuditAction;
import com.nyfacialparalysis.audit.AuditLog;

/**
 * Signing in with a passkey: Spring Security's {@link WebAuthnAuthenticationProvider}
 * checks the browser's signature (the challenge, the origin, the relying party, user
 * verification), then this refuses a disabled account and grants what the desk asks of a
 * signed-in person: a passkey with user verification counts as both factors, the
 * password's and the code's, besides its own.
 */
final class PasskeyCheck implements AuthenticationProvider {

	private final WebAuthnAuthenticationProvider signatures;

	private final UserDetailsService users;

	private final Passkeys passkeys;

	private final AuditLog audit;

	PasskeyCheck(WebAuthnRelyingPartyOperations operations, UserDetailsService users, Passkeys passkeys,
			AuditLog audit) {
		this.signatures = new WebAuthnAuthenticationProvider(operations, users);
		this.users = users;
		this.passkeys = passkeys;
		this.audit = audit;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		Bytes credentialId = ((WebAuthnAuthenticationRequestToken) authentication).getWebAuthnRequest()
			.getPublicKey()
			.getRawId();
		UserDetails user;
		try {
			Authentication signed = this.signatures.authenticate(authentication);
			user = this.users.loadUserByUsername(signed.getName());
			if (!user.isEnabled()) {
				throw new DisabledException("The account is disabled");
			}
		}
		catch (AuthenticationException ex) {
			String owner = this.passkeys.ownerOf(credentialId).orElse("unknown passkey");
			this.audit.recordRepeated(owner, AuditAction.PASSKEY_REFUSED, "passkey not accepted at sign-in");
			throw ex;
		}
		this.audit.recordOnItsOwn(user.getUsername(), AuditAction.PASSKEY_USED,
				this.passkeys.nameOf(credentialId).orElse(""));
		List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
		for (String factor : StaffFactors.PASSKEY_GRANTS) {
			authorities.add(FactorGrantedAuthority.fromAuthority(factor));
		}
		UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(user, null,
				authorities);
		result.setDetails(authentication.getDetails());
		return result;
	}

}
