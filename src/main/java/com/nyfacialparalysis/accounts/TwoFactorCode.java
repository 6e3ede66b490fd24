package com.nyfacialparalysis.accounts;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A code given at the second step of signing in, by someone whose password was accepted:
 * a code from the authenticator app, or a recovery code. Not yet checked.
 */
final class TwoFactorCode extends AbstractAuthenticationToken {

	/** Where the code came from. */
	enum Kind {

		APP, RECOVERY

	}

	private final Object principal;

	private final String username;

	private final String code;

	private final Kind kind;

	TwoFactorCode(Object principal, String username, String code, Kind kind) {
		super(List.of());
		this.principal = principal;
		this.username = username;
		this.code = (code == null) ? "" : code;
		this.kind = kind;
		setAuthenticated(false);
	}

	@Override
	public Object getCredentials() {
		return this.code;
	}

	@Override
	public Object getPrincipal() {
		return this.principal;
	}

	@Override
	public String getName() {
		return this.username;
	}

	Kind getKind() {
		return this.kind;
	}

}
