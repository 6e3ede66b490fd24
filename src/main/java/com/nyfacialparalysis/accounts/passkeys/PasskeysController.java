package com.nyfacialparalysis.accounts.passkeys;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.webauthn.api.AuthenticatorAttestationResponse;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.nyfacialparalysis.accounts.SignInConfirmation;
import com.nyfacialparalysis.accounts.StaffFactors;
import com.nyfacialparalysis.clinic.ClinicProperties;
import com.nyfacialparalysis.system.FormProblems;
import com.nyfacialparalysis.system.SeeOther;

/**
 * A member of staff's own passkeys ({@code /staff/passkeys}): the list, with when each
 * was added and last used; adding one, after giving their password and a code from their
 * app again, and a name; removing one. Administrators also see, and may change, whether
 * administrators must sign in with a passkey.
 */
@Controller
class PasskeysController {

	static final String ADDRESS = "/staff/passkeys";

	static final String VIEW = "staff/passkeys/list";

	private static final JsonMapper JSON = JsonMapper.builder().addModule(new WebauthnJacksonModule()).build();

	private final Passkeys passkeys;

	private final SignInConfirmation confirmation;

	private final PasskeyRequirement requirement;

	private final RelyingParty relyingParty;

	private final FormProblems problems;

	private final ZoneId zone;

	private final Clock clock;

	PasskeysController(Passkeys passkeys, SignInConfirmation confirmation, PasskeyRequirement requirement,
			RelyingParty relyingParty, FormProblems problems, ClinicProperties clinic, Clock clock) {
		this.passkeys = passkeys;
		this.confirmation = confirmation;
		this.requirement = requirement;
		this.relyingParty = relyingParty;
		this.problems = problems;
		this.zone = clinic.hours().zone();
		this.clock = clock;
	}

	@GetMapping(ADDRESS)
	String list(Authentication signedIn, Model model) {
		model.addAttribute("addPasskeyForm", new AddPasskeyForm());
		FormProblems.none(model);
		return show(signedIn, model);
	}

	/** What the browser needs to make a passkey (JSON, read by the page's script). */
	@PostMapping(path = ADDRESS + "/options", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	String options(Authentication signedIn, HttpSession session) {
		PublicKeyCredentialCreationOptions options = this.passkeys.optionsFor(signedIn);
		PendingPasskey.keep(session, options, this.clock.instant());
		return JSON.writeValueAsString(options);
	}

	@PostMapping(ADDRESS)
	Object add(@Valid @ModelAttribute("addPasskeyForm") AddPasskeyForm form, BindingResult result,
			Authentication signedIn, HttpSession session, Model model, RedirectAttributes flash) {
		PublicKeyCredentialCreationOptions options = PendingPasskey.takeFrom(session, this.relyingParty,
				this.clock.instant());
		if (!result.hasErrors()) {
			switch (this.confirmation.confirm(signedIn.getName(), form.getPassword(), form.getCode())) {
				case WRONG_PASSWORD -> result.rejectValue("password", "staff.passkeys.password.wrong");
				case WRONG_CODE -> result.rejectValue("code", "staff.passkeys.code.wrong");
				case REFUSED -> result.rejectValue("password", "staff.passkeys.refused");
				case CONFIRMED -> {
					if (options == null) {
						result.rejectValue("credential", "staff.passkeys.credential.expired");
					}
					else if (added(signedIn, options, form)) {
						flash.addFlashAttribute("done", "staff.passkeys.added");
						return SeeOther.to(ADDRESS);
					}
					else {
						result.rejectValue("credential", "staff.passkeys.credential.refused");
					}
				}
			}
		}
		form.forgetSecrets();
		this.problems.show(model, result, AddPasskeyForm.FIELD_ORDER,
				(field) -> "credential".equals(field) ? "add-passkey" : field);
		return show(signedIn, model);
	}

	@PostMapping(ADDRESS + "/{id}/remove")
	Object remove(@PathVariable String id, Authentication signedIn, RedirectAttributes flash) {
		if (this.passkeys.remove(signedIn.getName(), id)) {
			flash.addFlashAttribute("done", "staff.passkeys.removed");
		}
		return SeeOther.to(ADDRESS);
	}

	@PostMapping(ADDRESS + "/requirement")
	Object requirement(@RequestParam(defaultValue = "false") boolean administrators, Authentication signedIn,
			RedirectAttributes flash) {
		if (!AdministratorsUsePasskeys.isAdministrator(signedIn) || !StaffFactors.hasPasskey(signedIn)) {
			throw new AccessDeniedException("Only an administrator signed in with a passkey changes this");
		}
		this.requirement.setForAdministrators(administrators, signedIn.getName());
		flash.addFlashAttribute("done", "staff.passkeys.requirement.saved");
		return SeeOther.to(ADDRESS);
	}

	private boolean added(Authentication signedIn, PublicKeyCredentialCreationOptions options, AddPasskeyForm form) {
		try {
			PublicKeyCredential<AuthenticatorAttestationResponse> credential = JSON.readValue(form.getCredential(),
					new TypeReference<PublicKeyCredential<AuthenticatorAttestationResponse>>() {
					});
			this.passkeys.add(signedIn.getName(), options, credential, form.getName());
			return true;
		}
		catch (RuntimeException ex) {
			// The browser's answer did not pass Spring Security's and WebAuthn4J's checks
			// (another origin, no user verification, not this challenge), or was not an
			// answer at all: nothing is kept.
			return false;
		}
	}

	private String show(Authentication signedIn, Model model) {
		model.addAttribute("passkeys", this.passkeys.of(signedIn.getName()));
		model.addAttribute("zone", this.zone);
		model.addAttribute("administrator", AdministratorsUsePasskeys.isAdministrator(signedIn));
		model.addAttribute("signedInWithPasskey", StaffFactors.hasPasskey(signedIn));
		model.addAttribute("requiredForAdministrators", this.requirement.forAdministrators());
		return VIEW;
	}

}
