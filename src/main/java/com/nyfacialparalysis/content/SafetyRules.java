package com.nyfacialparalysis.content;

import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.nyfacialparalysis.system.site.Language;

/**
 * The rules that keep a page safe for a worried reader: an emergency sign is only ever
 * described inside a {@code ::: call-911} card, weakness or numbness is never called "not
 * an emergency", every figure links to the source it comes from, and every link out of
 * the site is one of the page's listed sources. Each rule reads a page in its own
 * language ({@link Wording}): a Spanish page is held to the same rules in Spanish words.
 * <p>
 * Thoughts of self-harm are the one sign with two routes: calling 911 for someone who
 * might act on them now, the 988 crisis line at any other time. So a paragraph or list
 * item outside a red card may name them when it gives both numbers; anywhere else they
 * belong in a {@code ::: call-911} card.
 */
final class SafetyRules {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	/** A number written in digits; 911 and 988 are phone numbers, not figures. */
	private static final Pattern DIGITS = Pattern.compile("(?<![\\p{L}\\d])\\d+(?:[.,]\\d+)?(?![\\p{L}\\d])");

	private static final Set<String> PHONE_NUMBERS = Set.of("911", "988");

	/**
	 * The option a caller to 988 presses for a language or a line ("988 and press 2",
	 * "988 y oprima 2", "marque 988 y luego 2"): part of the number, not a figure.
	 */
	private static final Pattern LIFELINE_OPTION = Pattern.compile("\\b988\\b([^.\\d]{0,12}?)"
			+ "\\b(and\\s+(then\\s+)?press|then\\s+press|press|y\\s+luego|y\\s+(luego\\s+)?(oprima|presione|marque|pulse)"
			+ "|oprima|presione|pulse)(\\s+(el|the))?\\s+\\d\\b", FLAGS);

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	/**
	 * The words each rule looks for, in the language a page is written in. Spanish is
	 * matched with its accents taken off, so "súbita" and "subita" are one word to the
	 * checks, as they are to a reader typing without accents.
	 */
	enum Wording {

		ENGLISH(english()), SPANISH(spanish());

		private final Phrases phrases;

		Wording(Phrases phrases) {
			this.phrases = phrases;
		}

		static Wording of(Language language) {
			return (language == Language.SPANISH) ? SPANISH : ENGLISH;
		}

		private String comparable(String text) {
			return (this == SPANISH) ? MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
					: text;
		}

	}

	/**
	 * @param emergencySigns signs that always mean calling 911, each matched within one
	 * sentence
	 * @param selfHarm thoughts of harming oneself: 911 when someone might act on them
	 * now, the 988 crisis line otherwise
	 * @param reassurance words that tell a reader not to worry or not to hurry
	 * @param weaknessOrNumbness weakness or numbness, which is never to be called "not an
	 * emergency"
	 * @param numberInWords a number written in words with what it counts, so that
	 * spelling a figure out does not hide it
	 */
	private record Phrases(List<Pattern> emergencySigns, Pattern selfHarm, Pattern reassurance,
			Pattern weaknessOrNumbness, Pattern numberInWords) {
	}

	private static Phrases english() {
		String sudden = "\\b(sudden|suddenly|all at once)\\b";
		String strokeSign = "\\b(weak|numb|droop|paraly|confus|dizz|vision|seeing|sight|blind|balance|walking"
				+ "|headache|can(not|'t|’t)\\s+see)";
		return new Phrases(
				List.of(Pattern.compile(sudden + ".*" + strokeSign + "|" + strokeSign + ".*" + sudden, FLAGS), Pattern
					.compile(
							"\\b(trouble|difficulty|problems?)\\s+(with\\s+)?(breathing|swallowing|speaking|talking)\\b"
									+ "|\\bhard\\s+to\\s+(breathe|swallow)\\b|\\bshort(ness)?\\s+of\\s+breath\\b"
									+ "|\\bcan(not|'t|’t)\\s+(breathe|swallow)\\b|\\bslurred\\b",
							FLAGS),
						Pattern.compile("\\b(swell\\w*|swollen)\\b.*\\b(face|lips?|tongue|throat|mouth)\\b"
								+ "|\\b(face|lips?|tongue|throat|mouth)\\b.*\\b(swell\\w*|swollen)\\b", FLAGS),
						Pattern.compile("\\bstiff\\s+neck\\b|\\bneck\\s+(is\\s+|feels\\s+)?stiff\\b", FLAGS),
						Pattern.compile("\\b(have|has|had)\\s+a\\s+seizure\\b", FLAGS)),
				Pattern.compile(
						"\\b(self-harm|suicid\\w*|(harm|hurt)(ing)?\\s+yourself|end(ing)?\\s+your\\s+(own\\s+)?life"
								+ "|tak(e|ing)\\s+your\\s+own\\s+life|kill(ing)?\\s+yourself)\\b",
						FLAGS),
				Pattern.compile("\\b(not\\s+an\\s+emergency|isn['’]t\\s+an\\s+emergency|not\\s+urgent"
						+ "|(does\\s+not|doesn['’]t)\\s+need\\s+urgent\\s+care|nothing\\s+to\\s+worry\\s+about"
						+ "|no\\s+need\\s+to\\s+worry)\\b", FLAGS),
				Pattern.compile("\\b(weak|numb)", FLAGS),
				Pattern.compile("\\b(one|two|three|four|five|six|seven|eight|nine|ten"
						+ "|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)"
						+ "(\\s+(to|or|and)\\s+\\w+)?\\s+(hours?|days?|weeks?|months?|years?|minutes?|percent|times"
						+ "|in\\s+(ten|a\\s+hundred|every|\\d+)|out\\s+of)\\b", FLAGS));
	}

	/**
	 * The same rules in Spanish, written without accents (the text is compared without
	 * them). "Parálisis" alone is not a sign here, as "palsy" is not in English: it is
	 * the name of Bell's palsy; "paralizado" is. "Un", "una" and "uno" are not figures,
	 * since they are also the words for "a".
	 */
	private static Phrases spanish() {
		String sudden = "\\b(subit[oa]s?|subitamente|repentin[oa]s?|repentinamente|de\\s+repente|de\\s+golpe"
				+ "|de\\s+pronto|brusc[oa]s?|bruscamente|todo\\s+a\\s+la\\s+vez)\\b";
		String strokeSign = "\\b(debil\\w*|entumec\\w*|adormec\\w*|se\\s+(le\\s+)?cae|caid[oa]s?\\b|paraliz\\w*"
				+ "|confus\\w*|confundid\\w*|mare[oa]\\w*|vision|vista|ve\\s+doble|(para|cuesta|puede)\\s+ver\\b"
				+ "|deja\\s+de\\s+ver\\b|no\\s+ve\\b|ceguera|cieg[oa]s?\\b"
				+ "|equilibrio|caminar|dolor\\s+de\\s+cabeza)";
		String hard = "(dificultad(es)?|problemas?|le\\s+cuesta|cuesta\\s+trabajo|no\\s+(puede|pueda|podia|pudo))";
		String faceParts = "(cara|labios?|lengua|garganta|boca)";
		String swelling = "(hinch\\w*|inflam\\w*)";
		return new Phrases(List.of(
				Pattern.compile(sudden + ".*" + strokeSign + "|" + strokeSign + ".*" + sudden, FLAGS),
				Pattern.compile(
						"\\b" + hard + "\\s+(para\\s+|al\\s+)?(respirar|tragar|hablar)\\b"
								+ "|\\bfalta\\s+(de\\s+)?(aire|aliento)\\b|\\ble\\s+falta\\s+el\\s+aire\\b"
								+ "|\\barrastr\\w*\\s+(las\\s+)?palabras\\b|\\b(habla|palabras)\\s+arrastrad[ao]s?\\b",
						FLAGS),
				Pattern.compile("\\b" + swelling + "\\b.*\\b" + faceParts + "\\b|\\b" + faceParts + "\\b.*\\b"
						+ swelling + "\\b", FLAGS),
				Pattern.compile("\\bcuello\\s+((esta|se\\s+siente|se\\s+pone|muy)\\s+)*(rigido|tieso|duro)\\b"
						+ "|\\b(rigido|tieso)\\s+el\\s+cuello\\b|\\brigidez\\s+(de|del|en\\s+el)\\s+(la\\s+)?cuello\\b",
						FLAGS),
				Pattern.compile("\\b(tiene|tuvo|tenga|tiene\\s+usted|le\\s+da|le\\s+dio|le\\s+de|sufre|sufrio)\\s+"
						+ "(una\\s+|un\\s+)?(convulsion(es)?|ataque\\s+(epileptico|convulsivo)"
						+ "|crisis\\s+(convulsiva|epileptica))\\b|\\bconvulsion(a|o|an|ando)\\b", FLAGS)),
				Pattern.compile("\\b(suicid\\w*|autolesi\\w*|(hacer(se|te|le)|se\\s+hag[ao]|se\\s+hace)\\s+dano"
						+ "|danarse|lastimar(se|te)|quitar(se|te)\\s+la\\s+vida"
						+ "|(acabar|terminar)\\s+con\\s+su\\s+(propia\\s+)?vida|matar(se|te))\\b", FLAGS),
				Pattern.compile("\\b(no\\s+es\\s+(una\\s+)?emergencia|no\\s+se\\s+trata\\s+de\\s+una\\s+emergencia"
						+ "|no\\s+es\\s+urgente|no\\s+(necesita|requiere)\\s+(atencion|cuidado)\\s+(urgente|de\\s+urgencia)"
						+ "|no\\s+hay\\s+(de|por)\\s+que\\s+preocuparse|nada\\s+de\\s+que\\s+preocuparse"
						+ "|no\\s+hay\\s+(necesidad\\s+de|que)\\s+preocuparse|no\\s+tiene\\s+(por|de)\\s+que\\s+preocuparse"
						+ "|no\\s+se\\s+preocupe)\\b", FLAGS),
				Pattern.compile("\\b(debil|entumec|adormec)", FLAGS),
				Pattern.compile("\\b(uno\\s+de\\s+cada\\b|(dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce"
						+ "|quince|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento)"
						+ "(\\s+(a|o|y)\\s+\\w+)?\\s+(horas?|dias?|semanas?|mes|meses|anos?|minutos?|por\\s+ciento|veces"
						+ "|de\\s+cada|en\\s+cada)\\b)", FLAGS));
	}

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
			boolean figuresNeedSources, Language language) {
		Wording wording = Wording.of(language);
		for (MarkdownFile.TextBlock block : file.blocks) {
			if (!block.inEmergencyCard()) {
				boolean givesBothRoutes = givesCrisisLineAnd911(block.text());
				for (String sentence : SENTENCE_END.split(block.text())) {
					if (isEmergencySign(sentence, wording)
							&& !(givesBothRoutes && !isEmergencySignOtherThanSelfHarm(sentence, wording))) {
						check.problem("body",
								"describes an emergency sign outside a '::: call-911' card: \"" + sentence + "\"");
					}
				}
			}
			if (callsWeaknessNotAnEmergency(block.withFollowingList(), wording)) {
				check.problem("body", "calls weakness or numbness not an emergency: \"" + block.withFollowingList()
						+ "\"; sudden weakness or numbness is always a '::: call-911' card");
			}
			String figure = figureIn(block.text(), wording);
			if (figuresNeedSources && figure != null && block.links().stream().noneMatch(SafetyRules::isOutside)) {
				check.problem("body", "has a figure ('" + figure + "') with no link to its source in the same "
						+ "paragraph or list item: \"" + block.text() + "\"");
			}
		}
		if (summary != null) {
			if (isEmergencySign(summary, wording) && !summary.contains("911")) {
				check.problem("summary", "describes an emergency sign without saying to call 911");
			}
			if (callsWeaknessNotAnEmergency(summary, wording)) {
				check.problem("summary", "calls weakness or numbness not an emergency");
			}
			String figure = figureIn(summary, wording);
			if (figuresNeedSources && figure != null) {
				check.problem("summary",
						"has a figure ('" + figure + "'), which cannot link to its source there; put it in the body");
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

	static boolean isEmergencySign(String sentence, Wording wording) {
		return isEmergencySignOtherThanSelfHarm(sentence, wording)
				|| wording.phrases.selfHarm().matcher(wording.comparable(sentence)).find();
	}

	private static boolean isEmergencySignOtherThanSelfHarm(String sentence, Wording wording) {
		String text = wording.comparable(sentence);
		return wording.phrases.emergencySigns().stream().anyMatch((sign) -> sign.matcher(text).find());
	}

	/**
	 * Whether a paragraph or list item gives both routes for thoughts of self-harm: the
	 * 988 crisis line, and 911 for someone who might act on them now.
	 */
	private static boolean givesCrisisLineAnd911(String text) {
		return text.contains("988") && text.contains("911");
	}

	static boolean callsWeaknessNotAnEmergency(String text, Wording wording) {
		String comparable = wording.comparable(text);
		return wording.phrases.reassurance().matcher(comparable).find()
				&& wording.phrases.weaknessOrNumbness().matcher(comparable).find();
	}

	/** The first figure in a text, or {@code null} when there is none. */
	static String figureIn(String text, Wording wording) {
		String comparable = LIFELINE_OPTION.matcher(wording.comparable(text)).replaceAll("988");
		Matcher digits = DIGITS.matcher(comparable);
		while (digits.find()) {
			if (!PHONE_NUMBERS.contains(digits.group())) {
				return digits.group();
			}
		}
		Matcher words = wording.phrases.numberInWords().matcher(comparable);
		return words.find() ? words.group() : null;
	}

	private static boolean isOutside(String link) {
		return link.startsWith("https://");
	}

}
