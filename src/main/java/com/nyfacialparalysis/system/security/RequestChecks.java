package com.nyfacialparalysis.system.security;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The checks every request meets first, before the page cache: parameters that can be
 * read, and no direct visit to the error page.
 */
@Configuration(proxyBeanMethods = false)
class RequestChecks {

	/**
	 * A request whose parameters cannot be read gets the 400 page before anything, the
	 * page cache included, reads them (and so logs what was sent); only the limits on a
	 * form's size come first, since they read no body and a body too large is a 413.
	 */
	@Bean
	FilterRegistrationBean<UnreadableRequests> unreadableRequests() {
		FilterRegistrationBean<UnreadableRequests> registration = new FilterRegistrationBean<>(
				new UnreadableRequests());
		registration.addUrlPatterns("/*");
		registration.setName("unreadableRequests");
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		// Right after the limits on a form's size (which read no body, and answer a body
		// too large with 413), and before the page cache.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<NoDirectErrorPage> noDirectErrorPage() {
		FilterRegistrationBean<NoDirectErrorPage> registration = new FilterRegistrationBean<>(new NoDirectErrorPage());
		registration.addUrlPatterns(NoDirectErrorPage.ADDRESS);
		registration.setName("noDirectErrorPage");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
		return registration;
	}

}
