package com.nyfacialparalysis.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Finds the drawing an image reference in a content file points to and checks it: a text
 * alternative that says what it shows, a caption, a file that exists among the site's
 * static files, small enough to send to a phone, with a view box that gives its size.
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

	private static final Pattern ADDRESS = Pattern
		.compile(Pattern.quote(ADDRESS_PREFIX) + "([a-z0-9]+(-[a-z0-9]+)*)\\.svg");

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
	Illustration resolve(FileChecks check, MarkdownFile.ImageReference image) {
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
		Resource file = this.resources.getResource(LOCATION + address.group(1) + ".svg");
		if (!file.exists()) {
			check.problem("body", where + "but there is no static/illustrations/" + address.group(1) + ".svg");
			return null;
		}
		try {
			byte[] bytes = file.getContentAsByteArray();
			if (bytes.length > MAX_BYTES) {
				check.problem("body",
						where + "of " + bytes.length + " bytes; keep illustrations under " + MAX_BYTES + " bytes");
			}
			Matcher viewBox = VIEW_BOX.matcher(new String(bytes, StandardCharsets.UTF_8));
			if (!viewBox.find()) {
				check.problem("body", where + "whose drawing has no viewBox=\"0 0 width height\"");
				return null;
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

}
