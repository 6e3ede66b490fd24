package com.nyfacialparalysis.clinic;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the clinic keeps consultation requests that did not lead anywhere, a fact of
 * the clinic's own: read by the retention job (requests), which deletes them, and by the
 * privacy notice (content), which states the period in the reader's language (its units
 * are messages: {@code retention.years} and the others).
 *
 * @param keepClosed how long a CLOSED or SPAM request is kept after it was closed
 * (ISO-8601, such as P2Y)
 */
@ConfigurationProperties("clinic.retention")
public record RetentionProperties(@DefaultValue("P2Y") Period keepClosed) {

}
