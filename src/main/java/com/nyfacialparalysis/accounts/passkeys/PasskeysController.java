package com.nyfacialparalysis.accounts.passkeys;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.nyfacialparalysis.accounts.SignInConfirmation;
import com.nyfacialparalysis.accounts.StaffFactors;
import com.nyfacialparalysis.clinic.ClinicProperties;
import com.nyfacialparalysis.system.FormProblems;
import com.nyfacialparalysis.system.SeeOther;

/**
 * A member of staff's own passkeys ({@code /staff/passkeys}): the list, with when each
 * was added and last used; adding one in two steps (first a name, their password and a
 * code from their app again; then, and only then, their browser makes the passkey);
 * removing one. Administrators also see, and may change, whether administrators must sign
 * in with a passkey.
 */
@Controller
class PasskeysController {

	static final String ADDRESS = "/staff/passkeys";

	static final String VIEW = "staff/passkeys/list";

	/** The second step's part of the page. */
	static final String CREATE = "create-passkey";

	private static final int CREDENTIAL_MAX = 20_000;

	private static final JsonMapper JSON = JsonMapper.builder().addModule(new WebauthnJacksonModule()).build();

	private final Passkeys passkeys;

	private final SignInConfirmation confirmation;

	private final PasskeyConfirmations confirmations;

	private final PasskeyRequirement requirement;

	private final RelyingParty relyingParty;

	private final FormProblems problems;

	private final ZoneId zone;

	private final Clock clock;

	PasskeysController(Passkeys passkeys, SignInConfirmation confirmation, PasskeyConfirmations confirmations,
			PasskeyRequirement requirement, RelyingParty relyingParty, FormProblems problems, ClinicProperties clinic,
			Clock clock) {
		this.passkeys = passkeys;
		this.confirmation = confirmation;
		this.confirmations = confirmations;
		this.requirement = requirement;
		this.relyingParty = relyingParty;
		this.problems = problems;
		this.zone = clinic.hours().zone();
		this.clock = clock;
	}

	@GetMapping(ADDRESS)
	String list(Authentication signedIn, HttpSession session, Model model) {
		model.addAttribute("addPasskeyForm", new AddPasskeyForm());
		FormProblems.none(model);
		return show(signedIn, session, model);
	}

	/**
	 * The first step of adding a passkey: the password and a code again (counted and
	 * locked out as at every confirmation, {@link SignInConfirmation}), and a name. When
	 * they are right, the session keeps the confirmation and the page offers to make the
	 * passkey; until then the browser is given nothing to make one with.
	 */
	@PostMapping(ADDRESS + "/confirm")
	Object confirm(@Valid @ModelAttribute("addPasskeyForm") AddPasskeyForm form, BindingResult result,
			Authentication signedIn, HttpSession session, Model model) {
		this.confirmations.forget(session);
		if (!result.hasErrors()) {
			switch (this.confirmation.confirm(signedIn.getName(), form.getPassword(), form.getCode())) {
				case WRONG_PASSWORD -> result.rejectValue("password", "staff.passkeys.password.wrong");
				case WRONG_CODE -> result.rejectValue("code", "staff.passkeys.code.wrong");
				case REFUSED -> result.rejectValue("password", "staff.passkeys.refused");
				case CONFIRMED -> {
					if (this.confirmations.keep(session, signedIn.getName(), form.getName())) {
						return SeeOther.to(ADDRESS + "#" + CREATE);
					}
					result.rejectValue("password", "staff.passkeys.refused");
				}
			}
		}
		form.forgetSecrets();
		this.problems.show(model, result, AddPasskeyForm.FIELD_ORDER);
		return show(signedIn, session, model);
	}

	/** Leaves the second step unused: the page asks for the password and code again. */
	@PostMapping(ADDRESS + "/cancel")
	Object cancel(HttpSession session) {
		this.confirmations.forget(session);
		PendingPasskey.takeFrom(session, this.relyingParty, this.clock.instant());
		return SeeOther.to(ADDRESS + "#add-passkey-heading");
	}

	/**
	 * What the browser needs to make a passkey (JSON, read by the page's script): only
	 * with a good confirmation of the signed-in person in this session, so that a browser
	 * never makes a passkey the site would not keep.
	 */
	@PostMapping(path = ADDRESS + "/options", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> options(Authentication signedIn, HttpSession session) {
		if (this.confirmations.live(session, signedIn.getName()).isEmpty()) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).body("{\"confirmFirst\":true}");
		}
		PublicKeyCredentialCreationOptions options = this.passkeys.optionsFor(signedIn);
		PendingPasskey.keep(session, options, this.clock.instant());
		return ResponseEntity.ok(JSON.writeValueAsString(options));
	}

	/**
	 * The second step: what the browser made, kept under the confirmed name. Needs the
	 * confirmation, and uses it up; without one (never given, run out, given by someone
	 * else) nothing is kept and the page asks for the password and code again.
	 */
	@PostMapping(ADDRESS)
	Object add(@RequestParam(defaultValue = "") String credential, Authentication signedIn, HttpSession session,
			Model model, RedirectAttributes flash) {
		Optional<PasskeyConfirmation> confirmed = this.confirmations.live(session, signedIn.getName());
		if (confirmed.isEmpty()) {
			PendingPasskey.takeFrom(session, this.relyingParty, this.clock.instant());
			return backToFirstStep(signedIn, session, model, "", "staff.passkeys.confirmation.expired");
		}
		if (credential.isBlank() || credential.length() > CREDENTIAL_MAX) {
			this.problems.one(model, CREATE, "staff.passkeys.credential.missing");
			return show(signedIn, session, model);
		}
		this.confirmations.forget(session);
		String name = confirmed.get().name();
		PublicKeyCredentialCreationOptions options = PendingPasskey.takeFrom(session, this.relyingParty,
				this.clock.instant());
		if (options == null) {
			return backToFirstStep(signedIn, session, model, name, "staff.passkeys.credential.expired");
		}
		if (!added(signedIn, options, credential, name)) {
			return backToFirstStep(signedIn, session, model, name, "staff.passkeys.credential.refused");
		}
		flash.addFlashAttribute("done", "staff.passkeys.added");
		return SeeOther.to(ADDRESS);
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

	private Object backToFirstStep(Authentication signedIn, HttpSession session, Model model, String name,
			String problem) {
		AddPasskeyForm form = new AddPasskeyForm();
		form.setName(name);
		model.addAttribute("addPasskeyForm", form);
		this.problems.one(model, "password", problem);
		return show(signedIn, session, model);
	}

	private boolean added(Authentication signedIn, PublicKeyCredentialCreationOptions options, String answer,
			String name) {
		try {
			PublicKeyCredential<AuthenticatorAttestationResponse> credential = JSON.readValue(answer,
					new TypeReference<PublicKeyCredential<AuthenticatorAttestationResponse>>() {
					});
			this.passkeys.add(signedIn.getName(), options, credential, name);
			return true;
		}
		catch (RuntimeException ex) {
			// The browser's answer did not pass Spring Security's and WebAuthn4J's checks
			// (another origin, no user verification, not this challenge), or was not an
			// answer at all: nothing is kept.
			return false;
		}
	}

	private String show(Authentication signedIn, HttpSession session, Model model) {
		model.addAttribute("passkeys", this.passkeys.of(signedIn.getName()));
		model.addAttribute("confirmed", this.confirmations.live(session, signedIn.getName()).orElse(null));
		model.addAttribute("confirmationMinutes", this.confirmations.lifetime().toMinutes());
		model.addAttribute("zone", this.zone);
		model.addAttribute("administrator", AdministratorsUsePasskeys.isAdministrator(signedIn));
		model.addAttribute("signedInWithPasskey", StaffFactors.hasPasskey(signedIn));
		model.addAttribute("requiredForAdministrators", this.requirement.forAdministrators());
		return VIEW;
	}

}
