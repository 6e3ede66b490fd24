package com.nyfacialparalysis.accounts.passkeys;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import com.nyfacialparalysis.accounts.Role;
import com.nyfacialparalysis.accounts.StaffFactors;
import com.nyfacialparalysis.audit.AuditAction;
import com.nyfacialparalysis.audit.AuditLog;

/**
 * When administrators must use a passkey ({@link PasskeyRequirement}):
 * <ul>
 * <li>an administrator who has a passkey is refused a code from the app at the second
 * step: their half-done sign-in ends and the sign-in page says to use the passkey. A
 * recovery code still works, for a lost passkey;</li>
 * <li>an administrator signed in without a passkey (they have none yet, or came in with a
 * recovery code) can use nothing but the Passkeys page, to add one, the new set of
 * recovery codes shown after the last was used, and sign out.</li>
 * </ul>
 * So turning the requirement on locks nobody out, and the last administrator who lost
 * their passkey gets back in with a recovery code.
 */
final class AdministratorsUsePasskeys extends OncePerRequestFilter {

	static final String REFUSED = "/staff/login?passkeyRequired";

	private static final RequestMatcher CODE_FORM = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/staff/two-factor");

	private static final RequestMatcher STILL_OPEN = PathPatternRequestMatcher.withDefaults()
		.matcher(PasskeysController.ADDRESS + "/**");

	private static final RequestMatcher SIGN_OUT = PathPatternRequestMatcher.withDefaults().matcher("/staff/logout");

	/** A new set of recovery codes, shown once after the last one was used. */
	private static final RequestMatcher RECOVERY_CODES = PathPatternRequestMatcher.withDefaults()
		.matcher("/staff/two-factor/recovery-codes");

	private final PasskeyRequirement requirement;

	private final Passkeys passkeys;

	private final AuditLog audit;

	AdministratorsUsePasskeys(PasskeyRequirement requirement, Passkeys passkeys, AuditLog audit) {
		this.requirement = requirement;
		this.passkeys = passkeys;
		this.audit = audit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		if (!isAdministrator(signedIn) || StaffFactors.hasPasskey(signedIn)) {
			chain.doFilter(request, response);
			return;
		}
		if (StaffFactors.hasPasswordOnly(signedIn) && CODE_FORM.matches(request)
				&& request.getParameter("recoveryCode") == null && this.requirement.forAdministrators()
				&& this.passkeys.hasAny(signedIn.getName())) {
			this.audit.recordRepeated(signedIn.getName(), AuditAction.SIGN_IN_REFUSED,
					"code from the app: administrators sign in with a passkey");
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			seeOther(request, response, REFUSED);
			return;
		}
		if (StaffFactors.hasBoth(signedIn) && !STILL_OPEN.matches(request) && !SIGN_OUT.matches(request)
				&& !RECOVERY_CODES.matches(request) && this.requirement.forAdministrators()) {
			seeOther(request, response, PasskeysController.ADDRESS + "?required");
			return;
		}
		chain.doFilter(request, response);
	}

	static boolean isAdministrator(Authentication signedIn) {
		return signedIn != null && signedIn.getAuthorities()
			.stream()
			.anyMatch((authority) -> Role.ADMIN.authority().equals(authority.getAuthority()));
	}

	private static void seeOther(HttpServletRequest request, HttpServletResponse response, String address) {
		response.setStatus(HttpServletResponse.SC_SEE_OTHER);
		response.setHeader("Location", request.getContextPath() + address);
	}

}
