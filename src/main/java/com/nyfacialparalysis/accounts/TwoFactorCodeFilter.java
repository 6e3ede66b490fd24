package com.nyfacialparalysis.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Takes the code form of the second step ({@code POST /staff/two-factor}, matched on the
 * decoded path as Spring Security matches every address) from someone whose password was
 * accepted, and hands the code to the authentication manager ({@link TwoFactorCheck}).
 * With multi-factor authentication enabled, Spring Security then adds the factor it
 * grants to those the person already has.
 */
final class TwoFactorCodeFilter extends AbstractAuthenticationProcessingFilter {

	static final String ADDRESS = "/staff/two-factor";

	TwoFactorCodeFilter() {
		super(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, ADDRESS));
	}

	@Override
	protected boolean requiresAuthentication(HttpServletRequest request, HttpServletResponse response) {
		return super.requiresAuthentication(request, response) && StaffFactors.hasPassword(current());
	}

	@Override
	public Authentication attemptAuthentication(HttpServletRequest request, HttpServletResponse response)
			throws AuthenticationException {
		Authentication current = current();
		String recoveryCode = request.getParameter("recoveryCode");
		TwoFactorCode code = (recoveryCode != null)
				? new TwoFactorCode(current.getPrincipal(), current.getName(), recoveryCode,
						TwoFactorCode.Kind.RECOVERY)
				: new TwoFactorCode(current.getPrincipal(), current.getName(), request.getParameter("code"),
						TwoFactorCode.Kind.APP);
		code.setDetails(this.authenticationDetailsSource.buildDetails(request));
		return getAuthenticationManager().authenticate(code);
	}

	private static Authentication current() {
		return SecurityContextHolder.getContext().getAuthentication();
	}

}
