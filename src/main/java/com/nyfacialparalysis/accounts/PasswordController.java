package com.nyfacialparalysis.accounts;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.nyfacialparalysis.system.FormProblems;
import com.nyfacialparalysis.system.SeeOther;

/**
 * A member of staff changes their own password. Their other sessions end; this one goes
 * on under a new session id.
 */
@Controller
class PasswordController {

	static final String VIEW = "staff/password";

	private final AccountService service;

	private final KnownBrowsers knownBrowsers;

	private final FormProblems problems;

	PasswordController(AccountService service, KnownBrowsers knownBrowsers, FormProblems problems) {
		this.service = service;
		this.knownBrowsers = knownBrowsers;
		this.problems = problems;
	}

	@GetMapping("/staff/password")
	String form(Model model) {
		model.addAttribute("passwordChangeForm", new PasswordChangeForm());
		FormProblems.none(model);
		return VIEW;
	}

	@PostMapping("/staff/password")
	Object change(@Valid @ModelAttribute("passwordChangeForm") PasswordChangeForm form, BindingResult result,
			Principal principal, HttpServletRequest request, Model model, RedirectAttributes flash) {
		if (!form.confirmationMatches() && !result.hasFieldErrors("replacement")) {
			result.rejectValue("confirmation", "staff.password.mismatch");
		}
		if (!result.hasErrors()) {
			String keep = request.getSession().getId();
			String browser = this.knownBrowsers.knownFor(principal.getName(), request.getCookies()).orElse(null);
			switch (this.service.changeOwn(principal.getName(), form.getCurrent(), form.getReplacement(), browser,
					keep)) {
				case CHANGED -> {
					// The sessions are stored under their id at the end of the request:
					// change it only once the others have been ended.
					request.changeSessionId();
					flash.addFlashAttribute("done", "staff.password.changed");
					return SeeOther.to("/staff/password");
				}
				case CURRENT_WRONG -> result.rejectValue("current", "staff.password.currentWrong");
				case REFUSED -> result.rejectValue("current", "staff.password.currentRefused");
				case SAME_AS_CURRENT -> result.rejectValue("replacement", "staff.password.sameAsCurrent");
			}
		}
		form.setCurrent("");
		form.setReplacement("");
		form.setConfirmation("");
		this.problems.show(model, result, PasswordChangeForm.FIELD_ORDER);
		return VIEW;
	}

}
