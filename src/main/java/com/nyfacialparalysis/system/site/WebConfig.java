package com.nyfacialparalysis.system.site;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
