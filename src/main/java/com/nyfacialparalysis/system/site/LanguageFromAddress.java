package com.nyfacialparalysis.system.site;

import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.LocaleResolver;

/**
 * A page's language comes from its address alone: {@code /es} and everything under it is
 * Spanish, every other address English. The browser's preferred language never changes
 * what an address shows, so a page is the same for every reader (and the rendered-page
 * cache may keep it), and a link always opens the language it names.
 */
public class LanguageFromAddress implements LocaleResolver {

	/** US English, the site's first language. */
	public static final Locale ENGLISH = Locale.US;

	/** Spanish as written for Spanish speakers in the United States. */
	public static final Locale SPANISH = Locale.forLanguageTag("es-US");

	/** The address prefix of the Spanish pages. */
	public static final String SPANISH_PREFIX = "/es";

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return isSpanish(request) ? SPANISH : ENGLISH;
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		throw new UnsupportedOperationException("The language of a page is chosen by its address");
	}

	/**
	 * Whether the request is for a Spanish page, judged by the path the framework
	 * matches; an error page takes the language of the address that failed.
	 */
	public static boolean isSpanish(HttpServletRequest request) {
		if (request.getDispatcherType() == DispatcherType.ERROR
				&& request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed) {
			String path = failed.substring(Math.min(failed.length(), request.getContextPath().length()));
			return isSpanish(path);
		}
		String path = request.getServletPath();
		if (request.getPathInfo() != null) {
			path = path + request.getPathInfo();
		}
		return isSpanish(path);
	}

	private static boolean isSpanish(String path) {
		return path.equals(SPANISH_PREFIX) || path.startsWith(SPANISH_PREFIX + "/");
	}

}
