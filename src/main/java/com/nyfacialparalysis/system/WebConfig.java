package com.nyfacialparalysis.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.WebContentInterceptor;

/**
 * Caching for pages: each page carries an ETag and is revalidated by the browser, so a repeat visit costs a
 * 304; stylesheets and scripts have fingerprinted addresses cached for a year (see application.yml).
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> etagFilter() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new ShallowEtagHeaderFilter());
		registration.addUrlPatterns("/*");
		registration.setName("etagFilter");
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		WebContentInterceptor pages = new WebContentInterceptor();
		pages.addCacheMapping(CacheControl.noCache(), "/**");
		registry.addInterceptor(pages).excludePathPatterns("/css/**", "/js/**", "/images/**", "/favicon.ico");
	}

}
