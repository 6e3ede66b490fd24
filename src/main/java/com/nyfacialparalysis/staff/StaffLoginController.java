package com.nyfacialparalysis.staff;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page. Spring Security handles the POST.
 */
@Controller
class StaffLoginController {

	@GetMapping("/staff/login")
	String login() {
		return "staff/login";
	}

	@GetMapping({ "/staff", "/staff/" })
	String home() {
		return "redirect:/staff/requests";
	}

}
