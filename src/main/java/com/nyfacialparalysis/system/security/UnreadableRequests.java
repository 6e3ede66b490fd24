package com.nyfacialparalysis.system.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request whose form or address parameters cannot be read (a broken percent sign, bytes
 * that are not UTF-8, more fields than {@code server.tomcat.max-parameter-count}) is
 * answered with the site's plain 400 page before anything else sees it. Tomcat's own
 * complaint about such a request quotes what was sent, and would reach the log as an
 * error from whatever read the parameters first; here it is never logged, and the error
 * page is rendered from a request that has no parameters at all.
 */
public class UnreadableRequests extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(UnreadableRequests.class);

	private static final String REFUSED = UnreadableRequests.class.getName() + ".refused";

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (hasParameters(request)) {
			// Read as the rest of the site reads them (server.servlet.encoding: UTF-8,
			// forced): read now, they are kept as first decoded.
			request.setCharacterEncoding(StandardCharsets.UTF_8.name());
			try {
				request.getParameterMap();
			}
			catch (IllegalStateException ex) {
				// The exception's message quotes the parameters: it is not logged.
				log.info("A request with parameters that could not be read was refused (400)");
				request.setAttribute(REFUSED, Boolean.TRUE);
				response.sendError(HttpServletResponse.SC_BAD_REQUEST);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	@Override
	protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		chain.doFilter((request.getAttribute(REFUSED) != null) ? new WithoutParameters(request) : request, response);
	}

	private static boolean hasParameters(HttpServletRequest request) {
		if (request.getQueryString() != null) {
			return true;
		}
		String type = request.getContentType();
		if (type == null || "GET".equals(request.getMethod())) {
			return false;
		}
		try {
			return MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(MediaType.parseMediaType(type));
		}
		catch (InvalidMediaTypeException ex) {
			// Not a form body: nothing will read it as parameters.
			return false;
		}
	}

	/** The refused request as its error page sees it: with no parameters to read. */
	private static final class WithoutParameters extends HttpServletRequestWrapper {

		WithoutParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

	}

}
