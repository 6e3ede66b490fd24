package com.nyfacialparalysis.accounts;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in try refused without being checked, because too many have failed lately.
 */
class SignInRefusedException extends AuthenticationException {

	SignInRefusedException() {
		super("Too many failed tries lately");
	}

}
