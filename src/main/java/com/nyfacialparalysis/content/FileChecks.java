package com.nyfacialparalysis.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads one file's header fields and notes what is wrong with them, naming the file and
 * the field.
 */
final class FileChecks {

	private final String file;

	private final Map<String, List<String>> header;

	private final List<String> problems = new ArrayList<>();

	FileChecks(String file, Map<String, List<String>> header) {
		this.file = file;
		this.header = header;
		if (header.isEmpty()) {
			this.problems.add(file + ": has no header; it must start with a '---' block (see content/README.md)");
		}
	}

	List<String> problems() {
		return this.problems;
	}

	void problem(String field, String what) {
		this.problems.add(this.file + ": field '" + field + "' " + what);
	}

	String required(String field) {
		String value = single(field);
		if (value == null || value.isBlank()) {
			if (!this.header.isEmpty()) {
				problem(field, "is missing");
			}
			return null;
		}
		return value;
	}

	String optional(String field, String fallback) {
		String value = single(field);
		return (value == null || value.isBlank()) ? fallback : value;
	}

	boolean flag(String field) {
		String value = single(field);
		if (value == null || value.isBlank()) {
			return false;
		}
		if (!value.equals("true") && !value.equals("false")) {
			problem(field, "is '" + value + "'; write true or false");
		}
		return value.equals("true");
	}

	int number(String field, int fallback) {
		String value = single(field);
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			problem(field, "is '" + value + "'; write a whole number");
			return fallback;
		}
	}

	List<String> list(String field, boolean required) {
		List<String> values = this.header.getOrDefault(field, List.of())
			.stream()
			.map(String::trim)
			.filter((value) -> !value.isEmpty())
			.toList();
		if (required && values.isEmpty() && !this.header.isEmpty()) {
			problem(field, "is missing or empty");
		}
		return values;
	}

	private String single(String field) {
		List<String> values = this.header.get(field);
		if (values == null || values.isEmpty()) {
			return null;
		}
		if (values.size() > 1) {
			problem(field, "must be a single value, not a list");
		}
		return values.get(0).trim();
	}

}
