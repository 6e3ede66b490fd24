package com.nyfacialparalysis.content;

import java.util.List;

/**
 * Thrown at start-up when one or more content files are wrong. The message names each
 * file and field, so the person who edited it can put it right.
 */
public class ContentFileException extends RuntimeException {

	private final List<String> problems;

	public ContentFileException(List<String> problems) {
		super("The medical content could not be loaded:\n  - " + String.join("\n  - ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}
