package com.nyfacialparalysis.system;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Offers every page the site's addresses in its own language ({@code paths.conditions} is
 * {@code /es/afecciones} on a Spanish page), the language itself, and whether the
 * reader's browser asks for Spanish first.
 */
@ControllerAdvice
class SiteModelAdvice {

	@ModelAttribute("paths")
	Map<String, String> paths() {
		return SitePage.pathsIn(Language.current());
	}

	@ModelAttribute("language")
	Language language() {
		return Language.current();
	}

	@ModelAttribute("prefersSpanish")
	boolean prefersSpanish(HttpServletRequest request) {
		return SpanishPreference.of(request);
	}

}
