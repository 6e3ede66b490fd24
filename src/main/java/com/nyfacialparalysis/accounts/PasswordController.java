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

	private final FormProblems problems;

	PasswordController(AccountService service, FormProblems problems) {
		this.service = service;
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
			if (this.service.changeOwn(principal.getName(), form.getCurrent(), form.getReplacement(), keep)) {
				// The sessions are stored under their id at the end of the request:
				// change it only once the others have been ended.
				request.changeSessionId();
				flash.addFlashAttribute("done", "staff.password.changed");
				return SeeOther.to("/staff/password");
			}
			result.rejectValue("current", "staff.password.currentWrong");
		}
		form.setCurrent("");
		form.setReplacement("");
		form.setConfirmation("");
		this.problems.show(model, result, PasswordChangeForm.FIELD_ORDER);
		return VIEW;
	}

}
