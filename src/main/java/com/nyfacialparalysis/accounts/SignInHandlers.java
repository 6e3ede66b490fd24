package com.nyfacialparalysis.accounts;

import java.util.List;

import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import com.nyfacialparalysis.audit.AuditAction;
import com.nyfacialparalysis.audit.AuditLog;

/**
 * Where each step of signing in leads, and what the audit log keeps of it: an accepted
 * password leads to the code page; an accepted code to the requests, or for a clinician
 * who does not handle them the Content screen (or, when the account has no recovery codes
 * left, to a new set shown once); a refusal back to the same page with the reason.
 */
@Component
class SignInHandlers {

	/** The session attribute that holds a new set of recovery codes until it is shown. */
	static final String FRESH_RECOVERY_CODES = SignInHandlers.class.getName() + ".freshRecoveryCodes";

	static final String RECOVERY_CODES_PAGE = "/staff/two-factor/recovery-codes";

	private final SecondFactors secondFactors;

	private final AuditLog audit;

	SignInHandlers(SecondFactors secondFactors, AuditLog audit) {
		this.secondFactors = secondFactors;
		this.audit = audit;
	}

	AuthenticationSuccessHandler passwordAccepted() {
		return (request, response, authentication) -> {
			this.audit.recordOnItsOwn(authentication.getName(), AuditAction.PASSWORD_ACCEPTED, null);
			StaffSecurityConfig.seeOther().sendRedirect(request, response, TwoFactorCodeFilter.ADDRESS);
		};
	}

	AuthenticationSuccessHandler codeAccepted() {
		return (request, response, authentication) -> {
			String username = authentication.getName();
			boolean recovery = request.getParameter("recoveryCode") != null;
			this.audit.recordOnItsOwn(username, AuditAction.SIGNED_IN,
					recovery ? "with a recovery code" : "with a code from the app");
			String next = StaffSecurityConfig.homeOf(authentication);
			if (this.secondFactors.recoveryCodesLeft(username) == 0) {
				List<String> codes = this.secondFactors.newRecoveryCodes(username);
				request.getSession().setAttribute(FRESH_RECOVERY_CODES, codes);
				next = RECOVERY_CODES_PAGE;
			}
			StaffSecurityConfig.seeOther().sendRedirect(request, response, next);
		};
	}

	/**
	 * Back to {@code page}, saying why: refused unchecked after too many tries, or not
	 * right.
	 */
	AuthenticationFailureHandler refusedAt(String page) {
		return (request, response, exception) -> {
			String reason = (exception instanceof SignInRefusedException) ? "refused" : "error";
			String recovery = (request.getParameter("recoveryCode") != null) ? "&recovery" : "";
			StaffSecurityConfig.seeOther().sendRedirect(request, response, page + "?" + reason + recovery);
		};
	}

}
