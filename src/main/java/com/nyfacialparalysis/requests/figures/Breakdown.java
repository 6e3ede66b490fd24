package com.nyfacialparalysis.requests.figures;

/**
 * A column the reports count requests by. Each names its column here, never from a web
 * request.
 */
public enum Breakdown {

	CONCERN("concern"),

	/** The language of the form the person used ({@code en}, {@code es}). */
	LANGUAGE("language");

	private final String column;

	Breakdown(String column) {
		this.column = column;
	}

	String column() {
		return this.column;
	}

}
