package com.nyfacialparalysis.accounts.passkeys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

import com.nyfacialparalysis.accounts.KnownBrowsers;
import com.nyfacialparalysis.audit.AuditAction;
import com.nyfacialparalysis.audit.AuditLog;

/**
 * What the sign-in page's script is told after a passkey: where to go (the desk's start,
 * which sends each person to their own first page), or 401 and back to the sign-in page.
 * The JSON is the shape Spring Security's own passkey script expects. A sign-in is in the
 * audit log like any other, and the browser becomes a known one, as after a code.
 */
final class PasskeySignInHandlers {

	private PasskeySignInHandlers() {
	}

	static AuthenticationSuccessHandler signedIn(AuditLog audit, KnownBrowsers knownBrowsers) {
		return (request, response, authentication) -> {
			audit.recordOnItsOwn(authentication.getName(), AuditAction.SIGNED_IN, "with a passkey");
			// A passkey is both factors: this browser is now one its owner has signed in
			// on, so
			// that guesses at the password from elsewhere do not lock the owner out of
			// it.
			knownBrowsers.remember(authentication.getName(), request, response);
			write(response, HttpServletResponse.SC_OK,
					"{\"authenticated\":true,\"redirectUrl\":\"" + request.getContextPath() + "/staff\"}");
		};
	}

	static AuthenticationFailureHandler refused() {
		return (request, response, exception) -> write(response, HttpServletResponse.SC_UNAUTHORIZED,
				"{\"authenticated\":false}");
	}

	private static void write(HttpServletResponse response, int status, String json) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(json);
	}

}
