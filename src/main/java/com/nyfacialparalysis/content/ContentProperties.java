package com.nyfacialparalysis.content;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the reviewed Markdown files live.
 *
 * @param location a Spring resource location holding {@code conditions/},
 * {@code treatments/} and {@code pages/}
 * @param reviewCheck how often each instance asks the database whether a page was signed
 * off elsewhere (a sign-off shows on every instance within this time)
 */
@ConfigurationProperties("clinic.content")
public record ContentProperties(@DefaultValue("classpath:content/") String location,
		@DefaultValue("30s") Duration reviewCheck) {
}
