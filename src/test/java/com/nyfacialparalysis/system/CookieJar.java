package com.nyfacialparalysis.system;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One browser's cookies across MockMvc requests, as a browser keeps them: sessions live
 * in Spring Session, which finds a session by its cookie, so a test that means "the same
 * visitor" sends the cookies it was given. Use {@code .with(jar)} on the request and
 * {@code .andDo(jar)} on the result.
 */
public final class CookieJar implements RequestPostProcessor, ResultHandler {

	private final Map<String, Cookie> cookies = new LinkedHashMap<>();

	@Override
	public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
		if (!this.cookies.isEmpty()) {
			Map<String, Cookie> all = new LinkedHashMap<>(this.cookies);
			if (request.getCookies() != null) {
				for (Cookie cookie : request.getCookies()) {
					all.put(cookie.getName(), cookie);
				}
			}
			request.setCookies(all.values().toArray(Cookie[]::new));
		}
		return request;
	}

	@Override
	public void handle(MvcResult result) {
		for (Cookie cookie : result.getResponse().getCookies()) {
			if (cookie.getMaxAge() == 0 || cookie.getValue() == null || cookie.getValue().isEmpty()) {
				this.cookies.remove(cookie.getName());
			}
			else {
				this.cookies.put(cookie.getName(), cookie);
			}
		}
	}

	/** The value of a cookie this browser holds, or null. */
	public String get(String name) {
		Cookie cookie = this.cookies.get(name);
		return (cookie != null) ? cookie.getValue() : null;
	}

}
