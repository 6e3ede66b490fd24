package com.nyfacialparalysis.consultation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.nyfacialparalysis.content.ContentLibrary;
import com.nyfacialparalysis.requests.ConsultationRequest;
import com.nyfacialparalysis.system.site.Language;

/**
 * The main concerns a person can choose on the form, and their titles wherever a request
 * is shown: each condition the site describes, by its page's title, then "I'm not sure"
 * (in the reader's language, from the messages). A concern that is neither (a condition
 * whose page has since gone) is shown as it was stored, never as another choice.
 */
@Component
public class Concerns {

	private final ContentLibrary library;

	private final MessageSource messages;

	Concerns(ContentLibrary library, MessageSource messages) {
		this.library = library;
		this.messages = messages;
	}

	/** Every concern a person can choose, in the form's order, with its title. */
	public Map<String, String> titles(Locale locale) {
		Map<String, String> titles = new LinkedHashMap<>();
		this.library.conditions(Language.of(locale))
			.forEach((condition) -> titles.put(condition.translationOf(), condition.title()));
		titles.put(ConsultationRequest.NOT_SURE,
				this.messages.getMessage("consultation.concern.notSure", null, locale));
		return titles;
	}

	/**
	 * The title of a stored concern, or the concern itself when it is not a choice now.
	 */
	public String titleOf(String concern, Locale locale) {
		return titles(locale).getOrDefault(concern, concern);
	}

	/** Whether a person may choose this concern on the form. */
	boolean isChoice(String concern) {
		return ConsultationRequest.NOT_SURE.equals(concern)
				|| this.library.conditions().stream().anyMatch((condition) -> condition.slug().equals(concern));
	}

}
