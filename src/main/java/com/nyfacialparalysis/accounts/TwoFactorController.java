package com.nyfacialparalysis.accounts;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

import com.nyfacialparalysis.system.FormProblems;
import com.nyfacialparalysis.system.SeeOther;

/**
 * The second step of signing in: setting up an authenticator app (the first time, and
 * after an administrator's reset), or giving a code from it or a recovery code; and the
 * recovery codes themselves, shown once when made. Spring Security takes the code form
 * ({@link TwoFactorCodeFilter}).
 */
@Controller
class TwoFactorController {

	private final SecondFactors secondFactors;

	private final FormProblems problems;

	TwoFactorController(SecondFactors secondFactors, FormProblems problems) {
		this.secondFactors = secondFactors;
		this.problems = problems;
	}

	@GetMapping(TwoFactorCodeFilter.ADDRESS)
	Object codePage(Authentication signedIn, @RequestParam(required = false) String error,
			@RequestParam(required = false) String refused, @RequestParam(required = false) String recovery,
			Model model) {
		if (StaffFactors.hasBoth(signedIn)) {
			return SeeOther.to(StaffSecurityConfig.homeOf(signedIn));
		}
		String problem = (refused != null) ? "staff.twoFactor.refused" : (error != null)
				? ((recovery != null) ? "staff.twoFactor.recoveryWrong" : "staff.twoFactor.wrong") : null;
		this.problems.one(model, (recovery != null) ? "recoveryCode" : "code", problem);
		Optional<SecondFactors.Setup> setup = this.secondFactors.isSetUp(signedIn.getName()) ? Optional.empty()
				: setup(signedIn.getName());
		if (setup.isEmpty()) {
			model.addAttribute("recovery", recovery != null);
			return "staff/two-factor/code";
		}
		model.addAttribute("setup", setup.get());
		return "staff/two-factor/setup";
	}

	@GetMapping(SignInHandlers.RECOVERY_CODES_PAGE)
	String recoveryCodes(Authentication signedIn, HttpSession session, Model model) {
		Object fresh = session.getAttribute(SignInHandlers.FRESH_RECOVERY_CODES);
		session.removeAttribute(SignInHandlers.FRESH_RECOVERY_CODES);
		model.addAttribute("codes", (fresh instanceof List<?> codes) ? codes : List.of());
		model.addAttribute("left", this.secondFactors.recoveryCodesLeft(signedIn.getName()));
		model.addAttribute("home", StaffSecurityConfig.homeOf(signedIn));
		return "staff/two-factor/recovery-codes";
	}

	@PostMapping(SignInHandlers.RECOVERY_CODES_PAGE)
	RedirectView newRecoveryCodes(Authentication signedIn, HttpSession session) {
		session.setAttribute(SignInHandlers.FRESH_RECOVERY_CODES,
				this.secondFactors.newRecoveryCodes(signedIn.getName()));
		return SeeOther.to(SignInHandlers.RECOVERY_CODES_PAGE);
	}

	private Optional<SecondFactors.Setup> setup(String username) {
		try {
			return this.secondFactors.setup(username);
		}
		catch (DataIntegrityViolationException ex) {
			// The same person opened the page twice at once: the other made the secret.
			return this.secondFactors.setup(username);
		}
	}

}
