package com.nyfacialparalysis.reports;

/**
 * A column the reports count requests by. Each names its column here, never from a web
 * request. Requests by language come in as one more constant once the request has its
 * {@code language} column: {@code LANGUAGE("language")}, with a chart and table like
 * {@link #CONCERN}'s (templates/staff/reports.html).
 */
enum Breakdown {

	CONCERN("concern");

	private final String column;

	Breakdown(String column) {
		this.column = column;
	}

	String column() {
		return this.column;
	}

}
