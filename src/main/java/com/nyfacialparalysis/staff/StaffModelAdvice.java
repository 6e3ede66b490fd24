package com.nyfacialparalysis.staff;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every staff page needs: who is signed in (for the staff bar, once both steps of
 * signing in are done), and that search engines keep out.
 */
@ControllerAdvice(basePackageClasses = StaffModelAdvice.class)
class StaffModelAdvice {

	private final StaffAccountRepository accounts;

	StaffModelAdvice(StaffAccountRepository accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute("staffUser")
	StaffAccount staffUser(Authentication signedIn) {
		return StaffFactors.hasBoth(signedIn) ? this.accounts.findByUsername(signedIn.getName()).orElse(null) : null;
	}

	@ModelAttribute("noindex")
	boolean noindex() {
		return true;
	}

}
