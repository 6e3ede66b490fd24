package com.nyfacialparalysis.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

import com.nyfacialparalysis.system.site.Language;

/**
 * Finds the drawing an image reference in a content file points to and checks it: a text
 * alternative that says what it shows, a caption, a file that exists among the site's
 * static files, small enough to send to a phone, with a view box that gives its size, and
 * written in the page's language: its own {@code lang}, a {@code <title>} and a
 * {@code <desc>} (what a screen reader names it by when it is opened on its own). It is
 * drawn with presentation attributes, never a {@code <style>} block: the site's
 * {@code style-src 'self'} header blocks such a block when the drawing is opened on its
 * own (tapped to zoom, opened in a new tab), and the browser then shows a black box. A
 * Spanish page shows the Spanish twin of a drawing, in {@code illustrations/es/}: the
 * same drawing, the same size, with none of the English original's words left in it.
 */
final class IllustrationFiles {

	/**
	 * Illustrations are served from {@code /assets/illustrations/}, which is
	 * {@code static/illustrations/}.
	 */
	static final String ADDRESS_PREFIX = "/assets/illustrations/";

	static final String LOCATION = "classpath:static/illustrations/";

	static final int MAX_BYTES = 15 * 1024;

	/** An alternative this short cannot say what a drawing shows. */
	static final int MIN_ALT_WORDS = 4;

	/** The folder, under the illustrations, of the drawings with Spanish words. */
	static final String SPANISH_FOLDER = "es/";

	private static final Pattern ADDRESS = Pattern
		.compile(Pattern.quote(ADDRESS_PREFIX) + "(" + SPANISH_FOLDER + ")?([a-z0-9]+(-[a-z0-9]+)*)\\.svg");

	private static final Pattern LANG = Pattern.compile("<svg\\b[^>]*\\blang=\"([a-z]{2})\"");

	private static final Pattern TITLE = Pattern.compile("<title>([^<]*\\S[^<]*)</title>");

	private static final Pattern DESCRIPTION = Pattern.compile("<desc>([^<]*\\S[^<]*)</desc>");

	private static final Pattern STYLE_BLOCK = Pattern.compile("<style\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern WORDS = Pattern.compile("<(title|desc|text)\\b[^>]*>([^<]*)</\\1>");

	/** A label with two letters or more is a word a reader has to read. */
	private static final Pattern TWO_LETTERS = Pattern.compile("\\p{L}.*\\p{L}");

	private static final Pattern VIEW_BOX = Pattern
		.compile("<svg\\b[^>]*\\bviewBox=\"\\s*0[\\s,]+0[\\s,]+(\\d+(?:\\.\\d+)?)[\\s,]+(\\d+(?:\\.\\d+)?)\\s*\"");

	private final ResourceLoader resources;

	IllustrationFiles(ResourceLoader resources) {
		this.resources = resources;
	}

	/**
	 * The illustration a reference names, or {@code null} after noting what is wrong with
	 * it.
	 */
	Illustration resolve(FileChecks check, MarkdownFile.ImageReference image, Language language) {
		String where = "has an image ('" + image.destination() + "') ";
		int before = check.problems().size();
		if (image.alt().isBlank()) {
			check.problem("body", where + "without alt text: say what it shows between the brackets, " + "![like this]("
					+ image.destination() + " \"Caption\")");
		}
		else if (image.alt().split("\\s+").length < MIN_ALT_WORDS) {
			check.problem("body", where + "whose alt text '" + image.alt() + "' is too short to say what it shows");
		}
		if (image.caption().isBlank()) {
			check.problem("body", where + "without a caption: add it in quotes after the address");
		}
		Matcher address = ADDRESS.matcher(image.destination());
		if (!address.matches()) {
			check.problem("body",
					where + "that is not an illustration of this site: write " + ADDRESS_PREFIX + "<name>.svg");
			return null;
		}
		String name = address.group(2);
		boolean spanishDrawing = address.group(1) != null;
		if (language == Language.SPANISH && !spanishDrawing) {
			check.problem("body", where + "whose words are in English; a Spanish page shows " + ADDRESS_PREFIX
					+ SPANISH_FOLDER + name + ".svg, the same drawing with Spanish words");
			return null;
		}
		if (language != Language.SPANISH && spanishDrawing) {
			check.problem("body", where + "whose words are in Spanish; show " + ADDRESS_PREFIX + name + ".svg");
			return null;
		}
		String file = (spanishDrawing ? SPANISH_FOLDER : "") + name + ".svg";
		try {
			String svg = read(check, where, file);
			if (svg == null) {
				return null;
			}
			Matcher viewBox = VIEW_BOX.matcher(svg);
			if (!viewBox.find()) {
				check.problem("body", where + "whose drawing has no viewBox=\"0 0 width height\"");
				return null;
			}
			if (STYLE_BLOCK.matcher(svg).find()) {
				check.problem("body", where + "whose drawing has a <style> block, which the site's content security "
						+ "policy blocks when the drawing is opened on its own; draw with attributes (fill, stroke, "
						+ "font-size) instead");
			}
			checkWords(check, where, svg, language);
			if (spanishDrawing) {
				checkAgainstOriginal(check, where, svg, viewBox.group(), name);
			}
			if (check.problems().size() > before) {
				return null;
			}
			return new Illustration(image.destination(), image.alt(), image.caption(),
					(int) Math.round(Double.parseDouble(viewBox.group(1))),
					(int) Math.round(Double.parseDouble(viewBox.group(2))));
		}
		catch (IOException ex) {
			check.problem("body", where + "that cannot be read (" + ex.getMessage() + ")");
			return null;
		}
	}

	/** The drawing's text, or {@code null} after noting that it is missing or too big. */
	private String read(FileChecks check, String where, String file) throws IOException {
		Resource resource = this.resources.getResource(LOCATION + file);
		if (!resource.exists()) {
			check.problem("body", where + "but there is no static/illustrations/" + file);
			return null;
		}
		byte[] bytes = resource.getContentAsByteArray();
		if (bytes.length > MAX_BYTES) {
			check.problem("body",
					where + "of " + bytes.length + " bytes; keep illustrations under " + MAX_BYTES + " bytes");
		}
		return new String(bytes, StandardCharsets.UTF_8);
	}

	/**
	 * The drawing says which language its words are in, and has a title and a description
	 * in it.
	 */
	private static void checkWords(FileChecks check, String where, String svg, Language language) {
		Matcher lang = LANG.matcher(svg);
		if (!lang.find() || !lang.group(1).equals(language.tag())) {
			check.problem("body", where + "whose drawing does not say lang=\"" + language.tag()
					+ "\" on its <svg>, the language of its words and of this page");
		}
		if (!TITLE.matcher(svg).find() || !DESCRIPTION.matcher(svg).find()) {
			check.problem("body", where + "whose drawing lacks a <title> or a <desc>: name and describe it");
		}
	}

	/**
	 * A Spanish drawing is the English one with its words translated: the same size, and
	 * none of the original's words (a title, a description, a label) left as they were.
	 */
	private void checkAgainstOriginal(FileChecks check, String where, String svg, String viewBox, String name)
			throws IOException {
		Resource original = this.resources.getResource(LOCATION + name + ".svg");
		if (!original.exists()) {
			check.problem("body", where + "but there is no English original static/illustrations/" + name + ".svg");
			return;
		}
		String english = original.getContentAsString(StandardCharsets.UTF_8);
		Matcher originalViewBox = VIEW_BOX.matcher(english);
		if (!originalViewBox.find() || !originalViewBox.group().equals(viewBox)) {
			check.problem("body", where + "whose view box differs from static/illustrations/" + name
					+ ".svg; a translated drawing keeps the original's size");
		}
		Set<String> englishWords = words(english);
		for (String words : words(svg)) {
			if (englishWords.contains(words)) {
				check.problem("body",
						where + "whose drawing still says '" + words + "' as the English one does;" + " translate it");
			}
		}
	}

	/** The title, description and labels of a drawing that hold words. */
	private static Set<String> words(String svg) {
		Set<String> words = new LinkedHashSet<>();
		Matcher matcher = WORDS.matcher(svg);
		while (matcher.find()) {
			String text = matcher.group(2).strip();
			if (TWO_LETTERS.matcher(text).find()) {
				words.add(text);
			}
		}
		return words;
	}

}
