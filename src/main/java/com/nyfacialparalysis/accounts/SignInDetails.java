package com.nyfacialparalysis.accounts;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * What a step of signing in knows about the browser besides its address: whether it is a
 * browser the account has signed in on before ({@link KnownBrowsers}), and, at the code
 * step, the key for setting up an app that this browser's session was shown
 * ({@link SetupKeys}).
 */
final class SignInDetails extends WebAuthenticationDetails {

	private static final long serialVersionUID = 1L;

	private final String knownBrowser;

	private final transient SetupKeys.Shown setupKey;

	private SignInDetails(HttpServletRequest request, String knownBrowser, SetupKeys.Shown setupKey) {
		super(request);
		this.knownBrowser = knownBrowser;
		this.setupKey = setupKey;
	}

	/** The browser's id for the account signing in, or null for a browser not known. */
	String knownBrowser() {
		return this.knownBrowser;
	}

	/** The setup key this session was shown, or null. */
	SetupKeys.Shown setupKey() {
		return this.setupKey;
	}

	/** Builds the details of each step, for the account that step is about. */
	static final class Source implements AuthenticationDetailsSource<HttpServletRequest, SignInDetails> {

		private final KnownBrowsers browsers;

		private final SetupKeys setupKeys;

		Source(KnownBrowsers browsers, SetupKeys setupKeys) {
			this.browsers = browsers;
			this.setupKeys = setupKeys;
		}

		@Override
		public SignInDetails buildDetails(HttpServletRequest request) {
			Authentication current = SecurityContextHolder.getContext().getAuthentication();
			// The code step is about the account whose password was accepted; the
			// password step about the username typed.
			String username = StaffFactors.hasPassword(current) ? current.getName()
					: Usernames.normalise(request.getParameter("username"));
			return new SignInDetails(request, this.browsers.knownFor(username, request.getCookies()).orElse(null),
					StaffFactors.hasPassword(current) ? this.setupKeys.shown(request, username).orElse(null) : null);
		}

	}

}
