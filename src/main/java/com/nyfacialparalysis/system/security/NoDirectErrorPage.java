package com.nyfacialparalysis.system.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /error} is where the site shows its error pages, not a page of its own: asked
 * for directly, it is an address that does not exist (404), never a 500 with no cause.
 */
public class NoDirectErrorPage extends OncePerRequestFilter {

	static final String ADDRESS = "/error";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (ADDRESS.equals(request.getRequestURI())) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		chain.doFilter(request, response);
	}

}
