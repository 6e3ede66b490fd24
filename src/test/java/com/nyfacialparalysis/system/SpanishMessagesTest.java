package com.nyfacialparalysis.system;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two public message bundles have a Spanish twin, key for key: a sentence added in
 * English and not in Spanish fails here, as does a Spanish key whose English original is
 * gone. The staff bundle stays English. The Spanish bundles are found by the
 * application's own message source for a Spanish reader in the United States.
 */
@SpringBootTest(classes = MessageSourceAutoConfiguration.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SpanishMessagesTest {

	private static final Locale SPANISH_US = Locale.forLanguageTag("es-US");

	/** A MessageFormat argument ({0}) or a placeholder filled in the browser ({n}). */
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");

	@Autowired
	private MessageSource messages;

	@ParameterizedTest
	@ValueSource(strings = { "messages", "messages-consultation" })
	void everyEnglishSentenceHasASpanishOne(String bundle) {
		Properties english = load(bundle + ".properties");
		Properties spanish = load(bundle + "_es.properties");
		assertThat(spanish.stringPropertyNames())
			.as("keys of %s.properties with no translation in %s_es.properties", bundle, bundle)
			.containsAll(english.stringPropertyNames());
	}

	@ParameterizedTest
	@ValueSource(strings = { "messages", "messages-consultation" })
	void noSpanishSentenceOutlivesItsEnglishOriginal(String bundle) {
		Properties english = load(bundle + ".properties");
		Properties spanish = load(bundle + "_es.properties");
		assertThat(english.stringPropertyNames())
			.as("keys of %s_es.properties that %s.properties no longer has", bundle, bundle)
			.containsAll(spanish.stringPropertyNames());
	}

	@ParameterizedTest
	@ValueSource(strings = { "messages", "messages-consultation" })
	void spanishSentencesTakeTheSamePlaceholders(String bundle) {
		Properties english = load(bundle + ".properties");
		Properties spanish = load(bundle + "_es.properties");
		List<String> different = new ArrayList<>();
		for (String key : english.stringPropertyNames()) {
			String translation = spanish.getProperty(key);
			if (translation != null && !placeholders(english.getProperty(key)).equals(placeholders(translation))) {
				different.add(key);
			}
		}
		assertThat(different).as("messages whose Spanish text drops or adds a {0}-style placeholder").isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "messages", "messages-consultation" })
	void spanishSentencesAreWrittenOutAndSurviveTheirArguments(String bundle) {
		Properties spanish = load(bundle + "_es.properties");
		List<String> problems = new ArrayList<>();
		for (String key : spanish.stringPropertyNames()) {
			String text = spanish.getProperty(key);
			if (text.isBlank()) {
				problems.add(key + " is empty");
			}
			// MessageFormat swallows a plain apostrophe in a message that takes
			// arguments.
			if (text.matches(".*\\{\\d+}.*") && text.contains("'")) {
				problems.add(key + " has a plain apostrophe");
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void aSpanishReaderInTheUnitedStatesGetsSpanishAndStaffWordsStayEnglish() {
		assertThat(this.messages.getMessage("layout.skip", null, SPANISH_US))
			.isEqualTo("Saltar al contenido principal");
		assertThat(this.messages.getMessage("consultation.submit", null, SPANISH_US)).isEqualTo("Enviar mi solicitud");
		assertThat(this.messages.getMessage("search.results.many", new Object[] { 3, "espasmo" }, SPANISH_US))
			.isEqualTo("3 páginas coinciden con \u201cespasmo\u201d");
		assertThat(this.messages.getMessage("layout.skip", null, Locale.US)).isEqualTo("Skip to main content");
		assertThat(this.messages.getMessage("staff.bar.signOut", null, SPANISH_US))
			.isEqualTo(this.messages.getMessage("staff.bar.signOut", null, Locale.US));
	}

	@Test
	void theCallBackPromiseReadsAsASpanishDate() {
		String pattern = this.messages.getMessage("consultation.confirmation.timeFormat", null, SPANISH_US);
		ZonedDateTime due = ZonedDateTime.of(2026, 3, 3, 17, 0, 0, 0, ZoneId.of("America/New_York"));
		String when = due.format(DateTimeFormatter.ofPattern(pattern, SPANISH_US));
		assertThat(when).startsWith("martes 3 de marzo, 5:00");
		assertThat(this.messages.getMessage("consultation.confirmation.next.call", new Object[] { when }, SPANISH_US))
			.contains("a más tardar el martes 3 de marzo, 5:00");
	}

	private static Set<String> placeholders(String text) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found;
	}

	private static Properties load(String name) {
		ClassPathResource file = new ClassPathResource(name);
		assertThat(file.exists()).as("%s on the class path", name).isTrue();
		try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			Properties properties = new Properties();
			properties.load(reader);
			return properties;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
