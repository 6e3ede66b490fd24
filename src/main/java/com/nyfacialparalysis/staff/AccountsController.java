package com.nyfacialparalysis.staff;

import java.security.Principal;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Staff accounts, for administrators: create, disable or enable, reset a password.
 */
@Controller
class AccountsController {

	private final StaffAccountRepository accounts;

	private final AccountService service;

	AccountsController(StaffAccountRepository accounts, AccountService service) {
		this.accounts = accounts;
		this.service = service;
	}

	@GetMapping("/staff/accounts")
	String list(Model model) {
		model.addAttribute("accounts", this.accounts.findAllByOrderByDisplayNameAsc());
		model.addAttribute("roles", Role.values());
		return "staff/accounts/list";
	}

	@PostMapping("/staff/accounts")
	RedirectView create(@RequestParam(defaultValue = "") String username,
			@RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "STAFF") Role role,
			@RequestParam(defaultValue = "") String password, RedirectAttributes flash) {
		Optional<String> problem = this.service.create(username, displayName, role, password);
		if (problem.isPresent()) {
			flash.addFlashAttribute("draftUsername", username);
			flash.addFlashAttribute("draftDisplayName", displayName);
		}
		return done(flash, problem, "staff.accounts.created");
	}

	@PostMapping("/staff/accounts/{id}/enabled")
	RedirectView enabled(@PathVariable Long id, @RequestParam boolean enabled, Principal principal,
			RedirectAttributes flash) {
		return done(flash, this.service.setEnabled(id, enabled, principal.getName()),
				enabled ? "staff.accounts.enabled" : "staff.accounts.disabled");
	}

	@PostMapping("/staff/accounts/{id}/password")
	RedirectView reset(@PathVariable Long id, @RequestParam(defaultValue = "") String password,
			RedirectAttributes flash) {
		return done(flash, this.service.reset(id, password), "staff.accounts.reset");
	}

	private static RedirectView done(RedirectAttributes flash, Optional<String> problem, String success) {
		flash.addFlashAttribute(problem.isPresent() ? "problem" : "done", problem.orElse(success));
		RedirectView view = new RedirectView("/staff/accounts", true);
		view.setStatusCode(HttpStatus.SEE_OTHER);
		view.setExposeModelAttributes(false);
		return view;
	}

}
