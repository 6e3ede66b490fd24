package com.nyfacialparalysis.accounts;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.nyfacialparalysis.system.FormProblems;

/**
 * The sign-in page (Spring Security takes its form), with what went wrong last time in
 * the error summary.
 */
@Controller
class StaffLoginController {

	private final FormProblems problems;

	StaffLoginController(FormProblems problems) {
		this.problems = problems;
	}

	@GetMapping(StaffSecurityConfig.LOGIN)
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String refused,
			Model model) {
		String problem = (refused != null) ? "staff.login.refused" : (error != null) ? "staff.login.error" : null;
		this.problems.one(model, "username", problem);
		return "staff/login";
	}

	@GetMapping({ "/staff", "/staff/" })
	String home(Authentication signedIn) {
		return "redirect:" + StaffSecurityConfig.homeOf(signedIn);
	}

}
