package com.nyfacialparalysis.content;

/**
 * The kinds of content page, each kept in its own folder and served under its own
 * address.
 */
public enum PageKind {

	CONDITION("conditions"), TREATMENT("treatments"), PAGE("pages");

	private final String folder;

	PageKind(String folder) {
		this.folder = folder;
	}

	public String folder() {
		return this.folder;
	}

	/** The kind whose pages this kind's {@code related} list names. */
	PageKind relatedKind() {
		return switch (this) {
			case CONDITION -> TREATMENT;
			case TREATMENT -> CONDITION;
			case PAGE -> PAGE;
		};
	}

}
