package com.nyfacialparalysis.system;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.WebContentInterceptor;

/**
 * Caching for pages: each page carries an ETag and is revalidated by the browser, so a
 * repeat visit costs a 304; stylesheets and scripts have fingerprinted addresses cached
 * for a year (see application.yml).
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	@Bean
	FilterRegistrationBean<RenderedPageCache> renderedPageCache(PageCacheProperties budgets, MeterRegistry metrics) {
		FilterRegistrationBean<RenderedPageCache> registration = new FilterRegistrationBean<>(
				new RenderedPageCache(SitePage.keptPages(), SitePage.keptSearches(),
						List.of(SitePage.HOME.path(Language.ENGLISH)), budgets, metrics));
		registration.addUrlPatterns("/*");
		registration.setName("renderedPageCache");
		// First of all filters but the one that refuses unreadable parameters, so a page
		// from memory skips the request metrics, Spring
		// Session and Spring Security's chain; it keeps and replays the headers the chain
		// wrote on the first render. Running before Spring Session, it cannot see that
		// session, so it steps aside for any request with a session cookie.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		// Read when the site starts, not when the jar is built: with Spring AOT the beans
		// are fixed at build time, so the setting switches the filter, not the bean.
		registration.setEnabled(budgets.enabled());
		return registration;
	}

	/**
	 * A request whose parameters cannot be read gets the 400 page before anything, the
	 * page cache included, reads them (and so logs what was sent).
	 */
	@Bean
	FilterRegistrationBean<UnreadableRequests> unreadableRequests() {
		FilterRegistrationBean<UnreadableRequests> registration = new FilterRegistrationBean<>(
				new UnreadableRequests());
		registration.addUrlPatterns("/*");
		registration.setName("unreadableRequests");
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<NoDirectErrorPage> noDirectErrorPage() {
		FilterRegistrationBean<NoDirectErrorPage> registration = new FilterRegistrationBean<>(new NoDirectErrorPage());
		registration.addUrlPatterns(NoDirectErrorPage.ADDRESS);
		registration.setName("noDirectErrorPage");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	/** The language of a page comes from its address, never from the browser. */
	@Bean
	LocaleResolver localeResolver() {
		return new LanguageFromAddress();
	}

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> etagFilter() {
		// Weak ETags: the same page is sent plain or gzip-compressed, and Tomcat
		// compresses only responses whose ETag does not promise byte-for-byte identity.
		ShallowEtagHeaderFilter etags = new ShallowEtagHeaderFilter() {
			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				// Staff pages are never cached anywhere, so they need no ETag.
				return request.getRequestURI().startsWith("/staff");
			}
		};
		etags.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(etags);
		registration.addUrlPatterns("/*");
		registration.setName("etagFilter");
		registration.setOrder(1);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		WebContentInterceptor pages = new WebContentInterceptor();
		pages.addCacheMapping(CacheControl.noCache(), "/**");
		registry.addInterceptor(pages).excludePathPatterns("/assets/**", "/staff/**");
	}

}
