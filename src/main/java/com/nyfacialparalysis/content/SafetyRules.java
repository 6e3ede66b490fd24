package com.nyfacialparalysis.content;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules that keep a page safe for a worried reader: an emergency sign is only ever
 * described inside a {@code ::: call-911} card, weakness or numbness is never called "not
 * an emergency", every figure links to the source it comes from, and every link out of
 * the site is one of the page's listed sources.
 */
final class SafetyRules {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private static final String SUDDEN = "\\b(sudden|suddenly|all at once)\\b";

	private static final String STROKE_SIGN = "\\b(weak|numb|droop|paraly|confus|dizz|vision|seeing|balance"
			+ "|walking|headache)";

	/** Signs that always mean calling 911, each matched within one sentence. */
	private static final List<Pattern> EMERGENCY_SIGNS = List.of(
			Pattern.compile(SUDDEN + ".*" + STROKE_SIGN + "|" + STROKE_SIGN + ".*" + SUDDEN, FLAGS),
			Pattern.compile("\\b(trouble|difficulty|problems?)\\s+(with\\s+)?(breathing|swallowing|speaking|talking)\\b"
					+ "|\\bhard\\s+to\\s+(breathe|swallow)\\b|\\bshort(ness)?\\s+of\\s+breath\\b"
					+ "|\\bcan(not|'t|’t)\\s+(breathe|swallow)\\b|\\bslurred\\b", FLAGS),
			Pattern.compile("\\b(swell\\w*|swollen)\\b.*\\b(face|lips?|tongue|throat|mouth)\\b"
					+ "|\\b(face|lips?|tongue|throat|mouth)\\b.*\\b(swell\\w*|swollen)\\b", FLAGS),
			Pattern.compile("\\b(self-harm|suicid\\w*|harm(ing)?\\s+yourself|end(ing)?\\s+your\\s+life"
					+ "|kill(ing)?\\s+yourself)\\b", FLAGS),
			Pattern.compile("\\bstiff\\s+neck\\b|\\bneck\\s+(is\\s+|feels\\s+)?stiff\\b", FLAGS),
			Pattern.compile("\\b(have|has|had)\\s+a\\s+seizure\\b", FLAGS));

	private static final Pattern REASSURANCE = Pattern.compile("\\b(not\\s+an\\s+emergency|isn['’]t\\s+an\\s+emergency"
			+ "|not\\s+urgent|(does\\s+not|doesn['’]t)\\s+need\\s+urgent\\s+care|nothing\\s+to\\s+worry\\s+about"
			+ "|no\\s+need\\s+to\\s+worry)\\b", FLAGS);

	private static final Pattern WEAKNESS_OR_NUMBNESS = Pattern.compile("\\b(weak|numb)", FLAGS);

	/** A number written in digits; 911 and 988 are phone numbers, not figures. */
	private static final Pattern DIGITS = Pattern.compile("(?<![\\p{L}\\d])\\d+(?:[.,]\\d+)?(?![\\p{L}\\d])");

	private static final Set<String> PHONE_NUMBERS = Set.of("911", "988");

	/**
	 * A number written in words with what it counts, so that spelling a figure out does
	 * not hide it.
	 */
	private static final Pattern NUMBER_IN_WORDS = Pattern
		.compile("\\b(one|two|three|four|five|six|seven|eight|nine|ten"
				+ "|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)"
				+ "(\\s+(to|or|and)\\s+\\w+)?\\s+(hours?|days?|weeks?|months?|years?|minutes?|percent|times"
				+ "|in\\s+(ten|a\\s+hundred|every|\\d+)|out\\s+of)\\b", FLAGS);

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

	private SafetyRules() {
	}

	/**
	 * Applies every rule to a file and notes each problem against it.
	 * @param check where problems are noted
	 * @param file the parsed file
	 * @param summary the header summary, shown under the page's heading
	 * @param sources the page's listed sources
	 * @param figuresNeedSources whether figures must link to a source (medical pages, and
	 * any page that lists sources)
	 */
	static void apply(FileChecks check, MarkdownFile file, String summary, List<Source> sources,
			boolean figuresNeedSources) {
		for (MarkdownFile.TextBlock block : file.blocks) {
			if (!block.inEmergencyCard()) {
				for (String sentence : SENTENCE_END.split(block.text())) {
					if (isEmergencySign(sentence)) {
						check.problem("body",
								"describes an emergency sign outside a '::: call-911' card: \"" + sentence + "\"");
					}
				}
			}
			if (callsWeaknessNotAnEmergency(block.withFollowingList())) {
				check.problem("body", "calls weakness or numbness not an emergency: \"" + block.withFollowingList()
						+ "\"; sudden weakness or numbness is always a '::: call-911' card");
			}
			String figure = figureIn(block.text());
			if (figuresNeedSources && figure != null && block.links().stream().noneMatch(SafetyRules::isOutside)) {
				check.problem("body", "has a figure ('" + figure + "') with no link to its source in the same "
						+ "paragraph or list item: \"" + block.text() + "\"");
			}
		}
		if (summary != null) {
			if (isEmergencySign(summary) && !summary.contains("911")) {
				check.problem("summary", "describes an emergency sign without saying to call 911");
			}
			if (callsWeaknessNotAnEmergency(summary)) {
				check.problem("summary", "calls weakness or numbness not an emergency");
			}
			if (figuresNeedSources && figureIn(summary) != null) {
				check.problem("summary", "has a figure ('" + figureIn(summary)
						+ "'), which cannot link to its source there; put it in the body");
			}
		}
		Set<String> sourceAddresses = sources.stream().map(Source::url).collect(Collectors.toSet());
		for (String link : file.links) {
			if (isOutside(link) && !sourceAddresses.contains(link)) {
				check.problem("body", "links to '" + link + "', which is not one of the page's sources; "
						+ "list it under 'sources' or remove the link");
			}
		}
	}

	static boolean isEmergencySign(String sentence) {
		return EMERGENCY_SIGNS.stream().anyMatch((sign) -> sign.matcher(sentence).find());
	}

	static boolean callsWeaknessNotAnEmergency(String text) {
		return REASSURANCE.matcher(text).find() && WEAKNESS_OR_NUMBNESS.matcher(text).find();
	}

	/** The first figure in a text, or {@code null} when there is none. */
	static String figureIn(String text) {
		Matcher digits = DIGITS.matcher(text);
		while (digits.find()) {
			if (!PHONE_NUMBERS.contains(digits.group())) {
				return digits.group();
			}
		}
		Matcher words = NUMBER_IN_WORDS.matcher(text);
		return words.find() ? words.group() : null;
	}

	private static boolean isOutside(String link) {
		return link.startsWith("https://");
	}

}
