package com.nyfacialparalysis.requests;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the clinic keeps consultation requests that did not lead anywhere: read by
 * {@link RetentionJob}, which deletes them, and by the privacy notice, which states the
 * period in the words of {@link #inWords()}.
 *
 * @param keepClosed how long a CLOSED or SPAM request is kept after it was closed
 * (ISO-8601, such as P2Y)
 */
@ConfigurationProperties("clinic.retention")
public record RetentionProperties(@DefaultValue("P2Y") Period keepClosed) {

	/** The period in words, as the privacy notice says it: "2 years", "18 months". */
	public String inWords() {
		Period period = this.keepClosed.normalized();
		StringBuilder words = new StringBuilder();
		append(words, period.getYears(), "year");
		append(words, period.getMonths(), "month");
		append(words, period.getDays(), "day");
		return words.isEmpty() ? "0 days" : words.toString();
	}

	private static void append(StringBuilder words, int amount, String unit) {
		if (amount > 0) {
			words.append(words.isEmpty() ? "" : " and ")
				.append(amount)
				.append(' ')
				.append(unit)
				.append(amount == 1 ? "" : "s");
		}
	}

}
