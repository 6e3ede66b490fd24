package com.nyfacialparalysis.content;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the reviewed Markdown files live.
 *
 * @param location a Spring resource location holding {@code conditions/},
 * {@code treatments/} and {@code pages/}
 * @param defaultReviewer who is named as reviewer when a file names no clinician
 */
@ConfigurationProperties("clinic.content")
public record ContentProperties(@DefaultValue("classpath:content/") String location,
		@DefaultValue("the NYFP clinical team") String defaultReviewer) {
}
