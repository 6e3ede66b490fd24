package com.nyfacialparalysis.consultation;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import com.nyfacialparalysis.system.security.BodySizeLimit;

/**
 * Wiring for the consultation form that is not a controller or a service.
 */
@Configuration(proxyBeanMethods = false)
class ConsultationConfiguration {

	@Bean
	FilterRegistrationBean<BodySizeLimit> oversizedFormFilter(ConsultationProperties properties) {
		FilterRegistrationBean<BodySizeLimit> registration = new FilterRegistrationBean<>(
				new BodySizeLimit(properties.maxBodySize().toBytes()));
		registration.addUrlPatterns("/*");
		registration.setName("oversizedFormFilter");
		// Before Spring Security, whose CSRF check would otherwise read the body.
		// First of all: by its Content-Length alone, before anything reads the body.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
