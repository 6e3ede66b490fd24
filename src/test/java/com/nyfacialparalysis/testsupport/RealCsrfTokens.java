package com.nyfacialparalysis.testsupport;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.ServletContext;

import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;
import org.springframework.web.context.WebApplicationContext;

/**
 * Gives the site its own CSRF token stores back after each test. Spring Security's
 * MockMvc {@code csrf()} replaces the store of the filter it passes through with one kept
 * in a server session, in the running application, for good: every later request to the
 * shared site, over real HTTP too, would then get a session and no CSRF cookie, and the
 * tests of the session-free form would test a site that does not exist. The stores are
 * noted before the application's first test and put back after every test.
 */
public class RealCsrfTokens implements TestExecutionListener {

	/** An address of each filter chain: the public site's and the desk's. */
	private static final List<String> CHAINS = List.of("/consultation", "/staff/login");

	private static final Map<ApplicationContext, Map<String, CsrfTokenRepository>> ORIGINAL = new ConcurrentHashMap<>();

	@Override
	public void beforeTestMethod(TestContext testContext) {
		ServletContext servletContext = servletContext(testContext);
		if (servletContext != null) {
			ORIGINAL.computeIfAbsent(testContext.getApplicationContext(), (context) -> {
				Map<String, CsrfTokenRepository> stores = new ConcurrentHashMap<>();
				for (String path : CHAINS) {
					stores.put(path, WebTestUtils.getCsrfTokenRepository(probe(servletContext, path)));
				}
				return stores;
			});
		}
	}

	@Override
	public void afterTestMethod(TestContext testContext) {
		ServletContext servletContext = servletContext(testContext);
		Map<String, CsrfTokenRepository> stores = (servletContext != null)
				? ORIGINAL.get(testContext.getApplicationContext()) : null;
		if (stores != null) {
			stores.forEach((path, store) -> WebTestUtils.setCsrfTokenRepository(probe(servletContext, path), store));
		}
	}

	private static ServletContext servletContext(TestContext testContext) {
		if (testContext.hasApplicationContext()
				&& testContext.getApplicationContext() instanceof WebApplicationContext web) {
			return web.getServletContext();
		}
		return null;
	}

	private static MockHttpServletRequest probe(ServletContext servletContext, String path) {
		return new MockHttpServletRequest(servletContext, "GET", path);
	}

}
