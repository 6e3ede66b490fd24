package com.nyfacialparalysis.content;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

import com.nyfacialparalysis.system.site.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The content library the build keeps (pages and search indexes, read and checked once):
 * a start takes it only when it was made from the very files on the classpath, and reads
 * and checks the files itself otherwise, so an edited file shows at the next start and a
 * broken one still stops it.
 */
class ContentArtefactTest {

	private static final ContentProperties SITE = new ContentProperties("classpath:content/", null);

	@TempDir
	Path folder;

	@Test
	void theBuildsArtefactIsOfTheFilesOnTheClasspath() throws IOException {
		ClassPathResource artefact = new ClassPathResource(ContentArtefact.RESOURCE);
		assertThat(artefact.exists()).as("written by ./mvnw process-classes").isTrue();
		try (InputStream in = artefact.getInputStream()) {
			assertThat(ContentArtefact.read(in, ContentArtefact.fingerprint(SITE)))
				.as("a start takes the artefact of the files it finds")
				.isPresent();
		}
	}

	@Test
	void holdsExactlyThePagesAndIndexesThatReadingTheFilesGives() throws IOException {
		ContentArtefact.Content read = ContentArtefact.Content.readFiles(SITE);
		ContentArtefact.Content kept = roundTrip(read, "same files");
		assertThat(sorted(kept.pages())).isEqualTo(sorted(read.pages()));
		for (Language language : Language.values()) {
			Map<String, byte[]> files = read.indexes().get(language);
			assertThat(kept.indexes().get(language)).containsOnlyKeys(files.keySet());
			files.forEach((name, bytes) -> assertThat(kept.indexes().get(language).get(name)).isEqualTo(bytes));
		}
	}

	@Test
	void searchesTheKeptIndexesAsTheIndexesBuiltAtStartUp() {
		SearchIndex kept = new SearchIndex(new ContentLibrary(SITE));
		SearchIndex built = new SearchIndex(
				new ContentLibrary(SITE, new FileSystemResource(this.folder.resolve("no-artefact.bin"))));
		for (String words : List.of("spasms", "botox", "bell's palsy", "eyelid twitching", "caffeine", "MVD")) {
			assertThat(paths(kept.search(words))).as(words).isEqualTo(paths(built.search(words)));
		}
		for (String words : List.of("paralisis", "parálisis facial", "espasmo")) {
			assertThat(paths(kept.search(words, Language.SPANISH))).as(words)
				.isEqualTo(paths(built.search(words, Language.SPANISH)));
		}
		assertThat(paths(kept.search("spasms"))).first().isEqualTo("/conditions/hemifacial-spasm");
	}

	@Test
	void aStartTakesTheArtefactMadeFromItsVeryFiles() throws IOException {
		ContentProperties properties = writeSet(UnaryOperator.identity());
		ContentArtefact.Content read = ContentArtefact.Content.readFiles(properties);
		// An artefact that says something the files do not, under the files' fingerprint:
		// what a start finds is the artefact's.
		List<ContentPage> marked = new ArrayList<>();
		for (ContentPage page : read.pages()) {
			marked.add(retitled(page, page.title() + " (from the artefact)"));
		}
		Path artefact = writeArtefact(new ContentArtefact.Content(marked, read.indexes()),
				ContentArtefact.fingerprint(properties));
		assertThat(ContentArtefact.current(properties, new FileSystemResource(artefact)).pages())
			.extracting(ContentPage::title)
			.allMatch((title) -> title.endsWith("(from the artefact)"));
	}

	@Test
	void aFileEditedSinceTheBuildIsReadAgainAndItsChangeShows() throws IOException {
		ContentProperties properties = writeSet(UnaryOperator.identity());
		Path artefact = writeArtefact(ContentArtefact.Content.readFiles(properties),
				ContentArtefact.fingerprint(properties));
		writeSet((condition) -> condition.replace("title: Hemifacial spasm", "title: Hemifacial spasm, edited"));
		assertThat(ContentArtefact.current(properties, new FileSystemResource(artefact)).pages())
			.extracting(ContentPage::title)
			.contains("Hemifacial spasm, edited");
	}

	@Test
	void aFileBrokenSinceTheBuildStillStopsTheStartNamingIt() throws IOException {
		ContentProperties properties = writeSet(UnaryOperator.identity());
		Path artefact = writeArtefact(ContentArtefact.Content.readFiles(properties),
				ContentArtefact.fingerprint(properties));
		writeSet((condition) -> condition.replace("## When to get help\n", ""));
		ContentLibrary library = new ContentLibrary(properties, new FileSystemResource(artefact));
		assertThatExceptionOfType(ContentFileException.class).isThrownBy(library::afterSingletonsInstantiated)
			.withMessageContaining("conditions/hemifacial-spasm.md")
			.withMessageContaining("When to get help");
	}

	@Test
	void aFileAddedOrAnotherLocationIsAnotherFingerprint() throws IOException {
		ContentProperties properties = writeSet(UnaryOperator.identity());
		String before = ContentArtefact.fingerprint(properties);
		assertThat(ContentArtefact.fingerprint(properties)).isEqualTo(before);
		Files.writeString(this.folder.resolve("content/pages/extra.md"),
				ContentFixtures.HOME.replace("slug: home", "slug: extra"));
		assertThat(ContentArtefact.fingerprint(properties)).isNotEqualTo(before);
		assertThat(ContentArtefact
			.fingerprint(new ContentProperties(this.folder.resolve("content/pages").toUri().toString(), null)))
			.as("another location")
			.isNotEqualTo(before);
	}

	@Test
	void aDrawingChangedSinceTheBuildIsNotTakenFromTheArtefact() throws IOException {
		ContentArtefact.Content read = ContentArtefact.Content.readFiles(SITE);
		List<String> drawings = ContentArtefact.drawings(read.pages());
		assertThat(drawings).as("each drawing shown, and the English original of each Spanish one")
			.contains("facial-nerve.svg", "es/eye-taping.svg", "eye-taping.svg");
		String digest = ContentArtefact.drawingsDigest(drawings);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ContentArtefact.write(read, "same files", bytes);
		assertThat(ContentArtefact.read(new ByteArrayInputStream(bytes.toByteArray()), "same files")).isPresent();
		// The artefact as if one of its drawings had been different when it was made.
		String other = ((digest.charAt(0) == '0') ? "1" : "0") + digest.substring(1);
		byte[] changed = replace(bytes.toByteArray(), digest, other);
		assertThat(ContentArtefact.read(new ByteArrayInputStream(changed), "same files")).isEmpty();
	}

	@Test
	void anArtefactOfAnotherLayoutOrUnreadableIsNotTaken() throws IOException {
		ContentProperties properties = writeSet(UnaryOperator.identity());
		Path artefact = this.folder.resolve("artefact.bin");
		Files.write(artefact, new byte[] { 0, 0, 0, 3, 'o', 'l', 'd' });
		assertThat(ContentArtefact.current(properties, new FileSystemResource(artefact)).pages()).hasSize(3);
		Files.write(artefact, new byte[] { 1, 2 });
		assertThat(ContentArtefact.current(properties, new FileSystemResource(artefact)).pages()).hasSize(3);
	}

	private ContentProperties writeSet(UnaryOperator<String> condition) throws IOException {
		Path content = this.folder.resolve("content");
		ContentFixtures.write(content, condition, UnaryOperator.identity());
		return new ContentProperties(content.toUri().toString(), null);
	}

	private Path writeArtefact(ContentArtefact.Content content, String fingerprint) throws IOException {
		Path artefact = this.folder.resolve("artefact.bin");
		try (var out = Files.newOutputStream(artefact)) {
			ContentArtefact.write(content, fingerprint, out);
		}
		return artefact;
	}

	private static ContentArtefact.Content roundTrip(ContentArtefact.Content content, String fingerprint)
			throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ContentArtefact.write(content, fingerprint, bytes);
		return ContentArtefact.read(new ByteArrayInputStream(bytes.toByteArray()), fingerprint).orElseThrow();
	}

	private static byte[] replace(byte[] bytes, String from, String to) {
		byte[] target = from.getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i + target.length <= bytes.length; i++) {
			if (Arrays.equals(bytes, i, i + target.length, target, 0, target.length)) {
				byte[] copy = bytes.clone();
				System.arraycopy(to.getBytes(StandardCharsets.UTF_8), 0, copy, i, target.length);
				return copy;
			}
		}
		throw new AssertionError("not in the artefact: " + from);
	}

	private static List<ContentPage> sorted(List<ContentPage> pages) {
		return pages.stream().sorted(Comparator.comparing(ContentPage::path)).toList();
	}

	private static List<String> paths(List<ContentPage> pages) {
		return pages.stream().map(ContentPage::path).toList();
	}

	private static ContentPage retitled(ContentPage page, String title) {
		return new ContentPage(page.kind(), page.slug(), title, page.summary(), page.order(), page.clinicallyReviewed(),
				page.reviewInterval(), page.schemaType(), page.urgentAdvice(), page.related(), page.alsoKnownAs(),
				page.searchTerms(), page.sources(), page.body(), page.text(), page.fileContent(), page.sha256(),
				page.language(), page.translationOf());
	}

}
