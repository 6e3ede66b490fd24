package com.nyfacialparalysis.staff;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every staff page needs: who is signed in (for the staff bar), and that search
 * engines keep out.
 */
@ControllerAdvice(basePackageClasses = StaffModelAdvice.class)
class StaffModelAdvice {

	private final StaffAccountRepository accounts;

	StaffModelAdvice(StaffAccountRepository accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute("staffUser")
	StaffAccount staffUser(Principal principal) {
		return (principal == null) ? null : this.accounts.findByUsernameIgnoreCase(principal.getName()).orElse(null);
	}

	@ModelAttribute("noindex")
	boolean noindex(HttpServletResponse response) {
		return true;
	}

}
