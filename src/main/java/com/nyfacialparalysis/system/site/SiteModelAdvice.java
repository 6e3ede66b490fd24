package com.nyfacialparalysis.system.site;

import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Offers every page the site's addresses in its own language ({@code paths.conditions} is
 * {@code /es/afecciones} on a Spanish page), the language itself, where its language link
 * leads, and whether the reader's browser asks for Spanish first.
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

	/**
	 * Where the "English" or "Español" link leads on a page that does not name its twin
	 * itself ({@link PageMeta#translation()}): the same page in the other language (the
	 * confirmation, the form a refused or too large request was sent to), or its home
	 * page. An error page judges by the address that failed.
	 */
	@ModelAttribute("languageLink")
	String languageLink(HttpServletRequest request) {
		String path;
		if (request.getDispatcherType() == DispatcherType.ERROR
				&& request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed) {
			path = failed.substring(Math.min(failed.length(), request.getContextPath().length()));
		}
		else {
			path = request.getServletPath() + ((request.getPathInfo() != null) ? request.getPathInfo() : "");
		}
		return SitePage.languageLink(path, Language.current());
	}

	@ModelAttribute("prefersSpanish")
	boolean prefersSpanish(HttpServletRequest request) {
		return SpanishPreference.of(request);
	}

}
