package com.nyfacialparalysis.staff;

import java.security.Principal;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * A member of staff changes their own password.
 */
@Controller
class PasswordController {

	private final AccountService service;

	PasswordController(AccountService service) {
		this.service = service;
	}

	@GetMapping("/staff/password")
	String form() {
		return "staff/password";
	}

	@PostMapping("/staff/password")
	RedirectView change(@RequestParam(defaultValue = "") String current,
			@RequestParam(defaultValue = "") String replacement, @RequestParam(defaultValue = "") String confirmation,
			Principal principal, RedirectAttributes flash) {
		Optional<String> problem = this.service.changeOwn(principal.getName(), current, replacement, confirmation);
		flash.addFlashAttribute(problem.isPresent() ? "problem" : "done", problem.orElse("staff.password.changed"));
		RedirectView view = new RedirectView("/staff/password", true);
		view.setStatusCode(HttpStatus.SEE_OTHER);
		view.setExposeModelAttributes(false);
		return view;
	}

}
