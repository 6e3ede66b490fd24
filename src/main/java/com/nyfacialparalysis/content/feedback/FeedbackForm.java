package com.nyfacialparalysis.content.feedback;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.nyfacialparalysis.system.PlainText;

/**
 * What the "Was this page helpful?" form sends. Never an entity: the answer is stored by
 * {@link ReaderFeedback}.
 */
public class FeedbackForm {

	/** Which page, as {@code conditions/bells-palsy}. */
	private String page;

	@NotNull(message = "{feedback.helpful.missing}")
	@Pattern(regexp = "yes|no", message = "{feedback.helpful.missing}")
	private String helpful;

	@Size(max = PageFeedback.COMMENT_MAX, message = "{feedback.comment.tooLong}")
	@PlainText(multiline = true)
	@NoContactDetails
	private String comment;

	/**
	 * The trap for robots: hidden from people and from screen readers, so only a robot
	 * fills it in.
	 */
	private String website;

	public String getPage() {
		return this.page;
	}

	public void setPage(String page) {
		this.page = page;
	}

	public String getHelpful() {
		return this.helpful;
	}

	public void setHelpful(String helpful) {
		this.helpful = helpful;
	}

	public String getComment() {
		return this.comment;
	}

	/**
	 * A browser sends each line break as two characters; it is kept as one, as the reader
	 * counted it.
	 */
	public void setComment(String comment) {
		this.comment = (comment != null) ? comment.replace("\r\n", "\n") : null;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	boolean isHelpfulAnswer() {
		return "yes".equals(this.helpful);
	}

	boolean caughtInTrap() {
		return this.website != null && !this.website.isBlank();
	}

}
