package com.nyfacialparalysis.system.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a POST larger than any real form at its addresses could be, with 413 and the
 * site's own page, by its Content-Length, before anything reads the body. Registered for
 * the consultation form and for readers' feedback, each with its own limit. (Tomcat
 * separately drops form bodies over its own limit.)
 */
public class BodySizeLimit extends OncePerRequestFilter {

	private final long maxBytes;

	public BodySizeLimit(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.maxBytes) {
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		chain.doFilter(request, response);
	}

}
