package com.nyfacialparalysis.accounts;

import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The desk page a person asked for before signing in, carried through the sign-in as a
 * {@code continue} parameter instead of in a server session (so asking for a page makes
 * no session). Only an address of the desk itself is taken: a path under {@code /staff/}
 * of plain characters, no other site, no {@code //} or {@code \}, no dot segments, not
 * the sign-in pages themselves; anything else is ignored and the person starts at their
 * usual page.
 */
final class ContinueTo {

	static final String PARAMETER = "continue";

	private static final int MAX_LENGTH = 300;

	private static final Pattern PATH = Pattern.compile("/staff/[A-Za-z0-9\\-_~/.]*");

	private static final Pattern QUERY = Pattern.compile("[A-Za-z0-9\\-._~%=&+]*");

	private ContinueTo() {
	}

	/** The page to continue to that the request carries, if it is one of the desk's. */
	static Optional<String> from(HttpServletRequest request) {
		return check(request.getParameter(PARAMETER));
	}

	/** The page asked for by this request (a GET), if it may be continued to. */
	static Optional<String> askedFor(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod())) {
			return Optional.empty();
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String query = request.getQueryString();
		return check((query != null) ? path + "?" + query : path);
	}

	/**
	 * {@code page} (an address without a query) with the page to continue to, if there is
	 * one; its slashes are left as they are, so the address stays readable.
	 */
	static String add(String page, Optional<String> continueTo) {
		return continueTo
			.map((next) -> page + "?" + PARAMETER + "="
					+ next.replace("%", "%25")
						.replace("&", "%26")
						.replace("=", "%3D")
						.replace("?", "%3F")
						.replace("+", "%2B"))
			.orElse(page);
	}

	static Optional<String> check(String candidate) {
		if (candidate == null || candidate.length() > MAX_LENGTH) {
			return Optional.empty();
		}
		int question = candidate.indexOf('?');
		String path = (question < 0) ? candidate : candidate.substring(0, question);
		String query = (question < 0) ? "" : candidate.substring(question + 1);
		if (!PATH.matcher(path).matches() || path.contains("//") || path.contains("/.")
				|| !QUERY.matcher(query).matches() || path.startsWith(StaffSecurityConfig.LOGIN)
				|| path.startsWith(TwoFactorCodeFilter.ADDRESS) || path.startsWith("/staff/logout")) {
			return Optional.empty();
		}
		return Optional.of(candidate);
	}

}
