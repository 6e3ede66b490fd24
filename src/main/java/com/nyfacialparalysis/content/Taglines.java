package com.nyfacialparalysis.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import com.nyfacialparalysis.clinic.ClinicProperties;

/**
 * "Free language help" in the languages of New York, one line a language, from
 * {@code content/in-other-languages.txt}: the language's tag, its name in itself, and the
 * line as HHS's Office for Civil Rights published it, with {@code [[phone]]} where the
 * clinic's main number goes. Read and checked once at start-up; a line that is not right
 * stops the start, naming it.
 */
@Component
class Taglines {

	/** Where the clinic's number goes in a line. */
	static final String PHONE = "[[phone]]";

	/** The file, under the content folder. */
	static final String FILE = "content/in-other-languages.txt";

	/** Tags of the scripts written right to left. */
	private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "ur", "yi", "fa", "he");

	private static final Pattern TAG = Pattern.compile("[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?");

	private final List<Tagline> lines;

	Taglines(ClinicProperties clinic) {
		Resource file = new ClassPathResource(FILE);
		String text;
		try {
			text = file.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + FILE, ex);
		}
		this.lines = List.copyOf(read(text, clinic.mainPhone()));
	}

	/**
	 * One language's line.
	 *
	 * @param tag its BCP 47 tag, for the {@code lang} attribute
	 * @param name its name in itself
	 * @param before the words before the clinic's number
	 * @param phone the clinic's main number
	 * @param after the words after it
	 */
	record Tagline(String tag, String name, String before, ClinicProperties.Phone phone, String after) {

		/** {@code rtl} for a script written right to left, otherwise null. */
		public String dir() {
			return RIGHT_TO_LEFT.contains(this.tag) ? "rtl" : null;
		}

	}

	/** Every line, in the file's order. */
	List<Tagline> all() {
		return this.lines;
	}

	static List<Tagline> read(String text, ClinicProperties.Phone phone) {
		List<Tagline> lines = new ArrayList<>();
		Set<String> tags = new HashSet<>();
		int number = 0;
		for (String line : text.split("\\R")) {
			number++;
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] parts = line.split("\\s*\\|\\s*", 3);
			String where = FILE + " line " + number;
			if (parts.length != 3 || parts[1].isBlank()) {
				throw new ContentFileException(List.of(where + ": write 'tag | name | line'"));
			}
			String tag = parts[0].strip();
			if (!TAG.matcher(tag).matches() || !tags.add(tag)) {
				throw new ContentFileException(List.of(where + ": '" + tag + "' is no language tag, or a second one"));
			}
			String said = parts[2].strip();
			int at = said.indexOf(PHONE);
			if (at < 0 || said.indexOf(PHONE, at + 1) >= 0) {
				throw new ContentFileException(List.of(where + ": the line must hold " + PHONE + " once"));
			}
			lines.add(new Tagline(tag, parts[1].strip(), said.substring(0, at), phone,
					said.substring(at + PHONE.length())));
		}
		if (lines.isEmpty()) {
			throw new ContentFileException(List.of(FILE + " has no line"));
		}
		return lines;
	}

}
