package com.nyfacialparalysis.content.review;

import com.nyfacialparalysis.system.PlainText;

/**
 * The clinician who signs a page off, as they are named at that moment: the name kept
 * with the sign-off is never changed by a later rename.
 *
 * @param name the name readers see, with the letters after it ({@code Ana Ruiz, MD})
 * @param jobTitle what they do ({@code facial plastic surgeon}), or {@code null}; search
 * engines get it as the reviewer's job title
 */
public record Reviewer(String name, String jobTitle) {

	/** The longest name or job title kept with a sign-off. */
	public static final int MAX_LENGTH = 150;

	public Reviewer {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A sign-off needs the clinician's name");
		}
		name = name.strip();
		jobTitle = (jobTitle == null || jobTitle.isBlank()) ? null : jobTitle.strip();
		check(name);
		if (jobTitle != null) {
			check(jobTitle);
		}
	}

	/**
	 * The name as a sentence writes it before "on March 3, 2027": a name that ends with
	 * letters after it, or a job title, is closed with a comma ({@code Ana Ruiz, MD,}).
	 */
	public String inSentence() {
		String written = (this.jobTitle != null) ? this.name + ", " + this.jobTitle : this.name;
		return written.contains(",") ? written + "," : written;
	}

	private static void check(String text) {
		if (text.length() > MAX_LENGTH) {
			throw new IllegalArgumentException(
					"A clinician's name or job title is at most " + MAX_LENGTH + " characters");
		}
		if (!PlainText.Validator.isPlain(text, false)) {
			throw new IllegalArgumentException("A clinician's name or job title may not hold control characters");
		}
	}

}
