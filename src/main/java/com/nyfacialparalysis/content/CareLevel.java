package com.nyfacialparalysis.content;

import java.util.Arrays;
import java.util.Optional;

/**
 * How urgently a reader should act: the levels a content file names for a care card. Each
 * level is shown the same way on every page (its heading, colour and the way to act come
 * from the template, never from the file).
 */
public enum CareLevel {

	/** A red card: call 911 now. The only place an emergency sign may be described. */
	CALL_911("call-911"),

	/**
	 * The same day: a doctor, the clinic, urgent care, or an emergency department when
	 * they are closed.
	 */
	GET_HELP_TODAY("get-help-today"),

	/** Within about two weeks. */
	SEE_A_DOCTOR_SOON("see-a-doctor-soon"),

	/** Plain information, with no urgency. */
	INFORMATION("information");

	private final String key;

	CareLevel(String key) {
		this.key = key;
	}

	/**
	 * The name a content file uses after {@code :::}, also the card's CSS modifier and
	 * message key.
	 */
	public String key() {
		return this.key;
	}

	public boolean isEmergency() {
		return this == CALL_911;
	}

	static Optional<CareLevel> named(String key) {
		return Arrays.stream(values()).filter((level) -> level.key.equals(key)).findFirst();
	}

	static String allNames() {
		return String.join(", ", Arrays.stream(values()).map(CareLevel::key).toList());
	}

}
