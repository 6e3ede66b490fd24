package com.nyfacialparalysis.accounts;

import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.nyfacialparalysis.accounts.passkeys.PasskeyCounts;
import com.nyfacialparalysis.content.PageNotFoundException;
import com.nyfacialparalysis.system.FormProblems;
import com.nyfacialparalysis.system.SeeOther;

/**
 * Staff accounts, for administrators: add one, disable or enable it, reset its password
 * or its second factor, change its roles and (for a clinician) the name and job title
 * readers see under the pages they sign off. A mistake shows the page again with what was
 * typed (but passwords) and the problem linked to its field.
 */
@Controller
class AccountsController {

	static final String VIEW = "staff/accounts/list";

	static final String VIEW_DETAILS = "staff/accounts/account";

	private final StaffAccountRepository accounts;

	private final AccountService service;

	private final SecondFactors secondFactors;

	private final FormProblems problems;

	private final SignedInRoles signedInRoles;

	private final SignInLocks locks;

	private final PasskeyCounts passkeys;

	AccountsController(StaffAccountRepository accounts, AccountService service, SecondFactors secondFactors,
			FormProblems problems, SignedInRoles signedInRoles, SignInLocks locks, PasskeyCounts passkeys) {
		this.locks = locks;
		this.passkeys = passkeys;
		this.accounts = accounts;
		this.service = service;
		this.secondFactors = secondFactors;
		this.problems = problems;
		this.signedInRoles = signedInRoles;
	}

	@GetMapping("/staff/accounts")
	String list(Model model) {
		model.addAttribute("newAccountForm", new NewAccountForm());
		FormProblems.none(model);
		return show(model);
	}

	@PostMapping("/staff/accounts")
	Object create(@Valid @ModelAttribute("newAccountForm") NewAccountForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		if (!result.hasErrors()) {
			try {
				this.service.create(form.getUsername(), form.getDisplayName(), form.getRoles(), form.getPassword());
				return done(flash, "staff.accounts.created");
			}
			catch (AccountService.UsernameTaken ex) {
				result.rejectValue("username", "staff.accounts.usernameTaken");
			}
		}
		form.setPassword("");
		this.problems.show(model, result, NewAccountForm.FIELD_ORDER, (field) -> "new-" + field);
		return show(model);
	}

	@PostMapping("/staff/accounts/{id}/enabled")
	Object enabled(@PathVariable Long id, @RequestParam boolean enabled, Principal principal, Model model,
			RedirectAttributes flash) {
		try {
			this.service.setEnabled(id, enabled, principal.getName());
			return done(flash, enabled ? "staff.accounts.enabled" : "staff.accounts.disabled");
		}
		catch (AccountService.NotYourself ex) {
			model.addAttribute("newAccountForm", new NewAccountForm());
			this.problems.one(model, "enabled-" + id, "staff.accounts.notYourself");
			return show(model);
		}
	}

	@PostMapping("/staff/accounts/{id}/password")
	Object reset(@PathVariable Long id, @Valid @ModelAttribute("passwordResetForm") PasswordResetForm form,
			BindingResult result, Model model, RedirectAttributes flash) {
		this.service.find(id);
		if (!result.hasErrors()) {
			this.service.resetPassword(id, form.getPassword());
			return done(flash, "staff.accounts.reset");
		}
		model.addAttribute("newAccountForm", new NewAccountForm());
		this.problems.show(model, result, List.of("password"), (field) -> "reset-" + id);
		return show(model);
	}

	@GetMapping("/staff/accounts/{id}")
	String details(@PathVariable Long id, Model model) {
		StaffAccount account = withRoles(id);
		model.addAttribute("accountDetailsForm", AccountDetailsForm.of(account));
		FormProblems.none(model);
		return showDetails(account, model);
	}

	@PostMapping("/staff/accounts/{id}")
	Object changeDetails(@PathVariable Long id, @Valid @ModelAttribute("accountDetailsForm") AccountDetailsForm form,
			BindingResult result, Authentication signedIn, HttpServletRequest request, HttpServletResponse response,
			Model model, RedirectAttributes flash) {
		StaffAccount account = withRoles(id);
		if (form.hasTitleWithoutName()) {
			result.rejectValue("reviewerName", "staff.accounts.reviewerNameForTitle");
		}
		if (!result.hasErrors()) {
			try {
				boolean rolesChanged = this.service.changeDetails(id, form.getRoles(), form.getReviewerName(),
						form.getReviewerTitle(), signedIn.getName(), request.getSession().getId());
				if (rolesChanged && account.getUsername().equals(signedIn.getName())) {
					this.signedInRoles.replace(form.getRoles(), request, response);
				}
				flash.addFlashAttribute("done",
						rolesChanged ? "staff.accounts.rolesChanged" : "staff.accounts.detailsSaved");
				return SeeOther.to("/staff/accounts/" + id);
			}
			catch (AccountService.OwnAdministratorRole ex) {
				result.rejectValue("roles", "staff.accounts.ownAdministratorRole");
			}
		}
		this.problems.show(model, result, AccountDetailsForm.FIELD_ORDER);
		return showDetails(withRoles(id), model);
	}

	@PostMapping("/staff/accounts/{id}/two-factor")
	Object resetSecondFactor(@PathVariable Long id, RedirectAttributes flash) {
		this.service.find(id);
		this.secondFactors.reset(id);
		return done(flash, "staff.accounts.twoFactorWasReset");
	}

	/**
	 * Lifts the locks on an account's sign-in from browsers it has not signed in on
	 * (audited), so its owner can sign in from a new computer at once.
	 */
	@PostMapping("/staff/accounts/{id}/unlock")
	Object unlock(@PathVariable Long id, RedirectAttributes flash) {
		StaffAccount account = this.service.find(id);
		return done(flash,
				this.locks.lift(account.getUsername()) ? "staff.accounts.unlocked" : "staff.accounts.notLocked");
	}

	private String show(Model model) {
		List<StaffAccount> all = this.accounts.findAllByOrderByDisplayNameAsc();
		Map<Long, String> locked = new HashMap<>();
		for (StaffAccount account : all) {
			this.locks.lockedUntil(account.getUsername()).ifPresent((until) -> locked.put(account.getId(), until));
		}
		model.addAttribute("lockedUntil", locked);
		model.addAttribute("accounts", all);
		model.addAttribute("roles", Role.values());
		model.addAttribute("withTwoFactor", this.secondFactors.setUpAccountIds());
		model.addAttribute("passkeys", this.passkeys.byUsername());
		return VIEW;
	}

	private StaffAccount withRoles(Long id) {
		return this.accounts.findWithRolesById(id).orElseThrow(() -> new PageNotFoundException("staff account"));
	}

	private String showDetails(StaffAccount account, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("roles", Role.values());
		return VIEW_DETAILS;
	}

	private static Object done(RedirectAttributes flash, String message) {
		flash.addFlashAttribute("done", message);
		return SeeOther.to("/staff/accounts");
	}

}
