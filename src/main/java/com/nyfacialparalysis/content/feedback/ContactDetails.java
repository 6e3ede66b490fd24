package com.nyfacialparalysis.content.feedback;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Contact details a reader may type into a comment although the form asks them not to: an
 * email address, a phone number, a date (a date of birth, most often). Readers' comments
 * are read by clinicians, who must never see who wrote them, and nobody can reply to
 * them; a comment holding one is refused, and an older comment holding one is shown with
 * it blacked out.
 */
final class ContactDetails {

	private static final String MONTHS = "jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?"
			+ "|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?"
			+ "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre|diciembre";

	private static final List<Pattern> KINDS = List.of(
			// An email address.
			Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+"),
			// A phone number: seven digits or more, in any spelling (+1 (212) 555-0123).
			Pattern.compile("\\+?\\d(?:[\\s().-]{0,3}\\d){6,}"),
			// A date in figures: 3/15/1960, 15.03.60, 1960-03-15.
			Pattern.compile("\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}\\b"),
			// A date in words with a year: March 15, 1960; 15 de marzo de 1960.
			Pattern.compile("(?iu)\\b(" + MONTHS + ")\\.?\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+\\d{4}\\b"),
			Pattern.compile("(?iu)\\b\\d{1,2}\\s+(de\\s+)?(" + MONTHS + ")\\.?,?\\s+(de\\s+|del\\s+)?\\d{4}\\b"));

	private static final String BLACKED_OUT = "███";

	private ContactDetails() {
	}

	/** Whether the text holds an email address, a phone number or a date. */
	static boolean in(String text) {
		return text != null && KINDS.stream().anyMatch((kind) -> kind.matcher(text).find());
	}

	/** The text with every email address, phone number and date blacked out. */
	static String blackedOut(String text) {
		if (text == null) {
			return null;
		}
		String shown = text;
		for (Pattern kind : KINDS) {
			shown = kind.matcher(shown).replaceAll(BLACKED_OUT);
		}
		return shown;
	}

}
