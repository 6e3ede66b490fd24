package com.nyfacialparalysis.consultation;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;

import com.nyfacialparalysis.system.secrets.SiteSecret;
import com.nyfacialparalysis.system.site.Language;
import com.nyfacialparalysis.system.site.SitePage;

/**
 * Carries the reference of the request a person just sent from the form to its
 * confirmation page, in a sealed cookie ({@link Seal}) rather than a server session: the
 * reference alone, no personal details, sent only to the confirmation's address (in both
 * languages), readable by no script, and gone after an hour. Only this site can make one,
 * so nobody can look up another person's confirmation by guessing references.
 */
@Component
class ReceiptCookie {

	static final String NAME = "consultation_receipt";

	static final String PATH = SitePage.CONFIRMATION.path(Language.ENGLISH);

	static final Duration LIFETIME = Duration.ofHours(1);

	private final Seal seal;

	private final Clock clock;

	ReceiptCookie(SiteSecret secret, Clock clock) {
		this.seal = new Seal(secret.keyedHashFor("consultation-receipt"));
		this.clock = clock;
	}

	void give(String reference, HttpServletRequest request, HttpServletResponse response) {
		give(reference, Language.ENGLISH, request, response);
	}

	/**
	 * The cookie for the confirmation's address in the language of the form sent, and the
	 * same for its twin in the other language, so that the confirmation's language link
	 * shows the same request in the other language rather than an empty form.
	 */
	void give(String reference, Language language, HttpServletRequest request, HttpServletResponse response) {
		String sealed = this.seal.seal(reference, this.clock.instant().plus(LIFETIME));
		for (Language each : List.of(language, language.other())) {
			ResponseCookie cookie = ResponseCookie.from(NAME, sealed)
				.path(SitePage.CONFIRMATION.path(each))
				.maxAge(LIFETIME)
				.httpOnly(true)
				.secure(request.isSecure())
				.sameSite("Lax")
				.build();
			response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
		}
	}

	/**
	 * The reference the visitor's cookie holds, if it is one this site gave and current.
	 */
	Optional<String> reference(HttpServletRequest request) {
		Cookie cookie = WebUtils.getCookie(request, NAME);
		if (cookie == null) {
			return Optional.empty();
		}
		return this.seal.open(cookie.getValue())
			.filter((opened) -> !opened.isExpiredAt(this.clock.instant()))
			.map(Seal.Opened::value);
	}

}
