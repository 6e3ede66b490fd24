package com.nyfacialparalysis.system;

import java.util.List;

/**
 * Every English address the site serves, error pages included, for the tests that check
 * each one (valid HTML, accessibility, width); {@link SpanishPages} lists their twins.
 */
public final class EnglishPages {

	public static final List<String> ALL = List.of("/", "/conditions", "/conditions/hemifacial-spasm",
			"/conditions/bells-palsy", "/conditions/ramsay-hunt-syndrome",
			"/conditions/synkinesis-and-facial-paralysis", "/conditions/multiple-sclerosis",
			"/conditions/tourette-syndrome", "/conditions/stress-and-fatigue",
			"/conditions/other-neurological-disorders", "/treatments", "/treatments/botulinum-toxin-injections",
			"/treatments/antiviral-medications", "/treatments/physical-therapy", "/treatments/steroid-injections",
			"/treatments/microvascular-decompression", "/contact", "/consultation", "/search", "/search?q=twitch",
			"/search?q=zzzxqj", "/privacy", "/accessibility", "/your-visit", "/protecting-your-eye", "/language-help",
			"/nondiscrimination", "/no-such-page", "/conditions/no-such-condition");

	private EnglishPages() {
	}

}
