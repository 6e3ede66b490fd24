package com.nyfacialparalysis.content.feedback;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import com.nyfacialparalysis.system.security.BodySizeLimit;

/**
 * Wiring for the feedback form that is not a controller or a service.
 */
@Configuration(proxyBeanMethods = false)
class FeedbackConfiguration {

	@Bean
	FilterRegistrationBean<BodySizeLimit> feedbackSizeLimit(FeedbackProperties properties) {
		FilterRegistrationBean<BodySizeLimit> registration = new FilterRegistrationBean<>(
				new BodySizeLimit(properties.maxBodySize().toBytes()));
		registration.addUrlPatterns(FeedbackController.ADDRESS, FeedbackController.SPANISH_ADDRESS);
		registration.setName("feedbackSizeLimit");
		// Before anything reads the body.
		// First of all: by its Content-Length alone, before anything reads the body.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
