package com.nyfacialparalysis.content.feedback;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on the "Was this page helpful?" form.
 *
 * @param maxPerHour answers taken from one client address in an hour
 * @param maxBodySize the largest form accepted (a full comment in any script fits well
 * within it)
 */
@ConfigurationProperties("clinic.feedback")
public record FeedbackProperties(@DefaultValue("20") int maxPerHour, @DefaultValue("8KB") DataSize maxBodySize) {
}
