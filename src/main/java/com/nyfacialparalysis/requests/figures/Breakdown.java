package com.nyfacialparalysis.requests.figures;

/**
 * A column the reports count requests by. Each names its column here, never from a web
 * request.
 */
public enum Breakdown {

	CONCERN("concern"),

	/**
	 * The language to call back in ({@code ENGLISH}, {@code MANDARIN}, ...,
	 * {@code OTHER}; never the name a person wrote for another language).
	 */
	CALL_LANGUAGE("call_language");

	private final String column;

	Breakdown(String column) {
		this.column = column;
	}

	String column() {
		return this.column;
	}

}
