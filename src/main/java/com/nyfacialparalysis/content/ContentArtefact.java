package com.nyfacialparalysis.content;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.lucene.util.Version;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

import com.nyfacialparalysis.system.site.Language;
import com.nyfacialparalysis.system.site.SitePage;

/**
 * The content library and both search indexes as the build left them, so that a start
 * does not parse every Markdown file and build the indexes again.
 * <p>
 * {@code ./mvnw package} (phase {@code process-classes}) runs {@link #main} on the
 * compiled site: it reads and checks every content file exactly as a start does (a broken
 * file fails the build, naming it), builds the English and Spanish indexes, and writes
 * both to {@value #RESOURCE} beside the classes. The artefact carries a fingerprint of
 * what it was made from: every content file and drawing (names and bytes), the addresses
 * a content file may link to, the code that reads and checks the files, and Lucene's
 * version. A start computes the fingerprint of the files it finds on its classpath and
 * takes the artefact only when the two are the same; otherwise (a Markdown file edited
 * since the build, another content location, no artefact at all) it reads and checks the
 * files and builds the indexes itself, as it always did, and a broken file stops the
 * start with the same message.
 */
public final class ContentArtefact {

	/** Where the build writes the artefact, and where a start looks for it. */
	static final String RESOURCE = "content-library.bin";

	private static final Logger log = LoggerFactory.getLogger(ContentArtefact.class);

	/** The artefact's layout; a different one is refused. */
	private static final String FORMAT = "nyfp-content-library/1";

	/**
	 * The code that reads, checks and indexes content files: an artefact made by other
	 * code is refused, even for the same files.
	 */
	private static final List<Class<?>> CHECKING_CODE = List.of(ContentArtefact.class, ContentLoader.class,
			MarkdownFile.class, CareCardBlock.class, SafetyRules.class, FileChecks.class, IllustrationFiles.class,
			SharedCard.class, CareLevel.class, PageKind.class, ContentPage.class, BodyPart.class, Illustration.class,
			Source.class, SearchIndex.class);

	/**
	 * What a start needs: the pages, read and checked, and each language's search index.
	 *
	 * @param pages every page, as {@link ContentLoader#load()} returns them
	 * @param indexes the files of each language's Lucene index, by name
	 */
	record Content(List<ContentPage> pages, Map<Language, Map<String, byte[]>> indexes) {

		/** Reads and checks the files, and builds the indexes. */
		static Content readFiles(ContentProperties properties) {
			List<ContentPage> pages = new ContentLoader(properties).load();
			Map<Language, Map<String, byte[]>> indexes = new EnumMap<>(Language.class);
			for (Language language : Language.values()) {
				indexes.put(language, SearchIndex.build(pages, language));
			}
			return new Content(pages, indexes);
		}

	}

	private ContentArtefact() {
	}

	/**
	 * The content for this start: from the build's artefact when it was made from the
	 * very files on the classpath, otherwise read and checked from the files.
	 */
	static Content current(ContentProperties properties, Resource artefact) {
		if (artefact.exists()) {
			String fingerprint = fingerprint(properties);
			try (InputStream in = artefact.getInputStream()) {
				Optional<Content> built = read(in, fingerprint);
				if (built.isPresent()) {
					log.debug("Content library and search indexes from the build's artefact ({})", artefact);
					return built.get();
				}
			}
			catch (IOException ex) {
				log.warn("Could not read the build's content library ({}): {}", artefact, ex.getMessage());
			}
			log.info("The content files differ from those the build checked ({}): reading and checking them now",
					artefact);
		}
		return Content.readFiles(properties);
	}

	/**
	 * A fingerprint of everything the content as read depends on: the content files and
	 * drawings (their names and bytes), the content location, the addresses links may
	 * name, the checking code and Lucene's version.
	 */
	static String fingerprint(ContentProperties properties) {
		ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		MessageDigest digest = sha256();
		String location = properties.location().endsWith("/") ? properties.location() : properties.location() + "/";
		add(digest, FORMAT);
		add(digest, location);
		add(digest, Version.LATEST.toString());
		add(digest, String.join("\n", new TreeSet<>(SitePage.fixedAddresses())));
		try {
			// Every Markdown file under the location: more than the loader reads (its
			// README too), which only makes the comparison stricter.
			addFiles(digest, resolver, location, "**/*.md");
			for (Class<?> type : CHECKING_CODE) {
				addClass(digest, type);
			}
		}
		catch (IOException ex) {
			// Whatever cannot be read cannot be compared: the files are read and checked.
			add(digest, "unreadable: " + ex.getMessage());
			add(digest, String.valueOf(System.nanoTime()));
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/**
	 * The drawings the pages were checked against, as names under
	 * {@link IllustrationFiles#LOCATION}: each one a page shows, and the English original
	 * of each Spanish one.
	 */
	static List<String> drawings(List<ContentPage> pages) {
		Set<String> names = new TreeSet<>();
		for (ContentPage page : pages) {
			for (Illustration illustration : page.illustrations()) {
				String name = illustration.src().substring(IllustrationFiles.ADDRESS_PREFIX.length());
				names.add(name);
				if (name.startsWith(IllustrationFiles.SPANISH_FOLDER)) {
					names.add(name.substring(IllustrationFiles.SPANISH_FOLDER.length()));
				}
			}
		}
		return List.copyOf(names);
	}

	/**
	 * A fingerprint of the drawings with these names, each found where the checks find it
	 * (the first of that name on the classpath).
	 */
	static String drawingsDigest(List<String> names) {
		ResourceLoader resources = new DefaultResourceLoader(ContentArtefact.class.getClassLoader());
		MessageDigest digest = sha256();
		for (String name : names) {
			add(digest, name);
			Resource drawing = resources.getResource(IllustrationFiles.LOCATION + name);
			try {
				digest.update(sha256().digest(drawing.getContentAsByteArray()));
			}
			catch (IOException ex) {
				add(digest, "missing");
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static void addFiles(MessageDigest digest, ResourcePatternResolver resolver, String folder, String pattern)
			throws IOException {
		Map<String, Resource> byName = new TreeMap<>();
		for (Resource resource : resolver.getResources(folder + pattern)) {
			if (resource.isReadable()) {
				String url = resource.getURL().toString();
				String marker = folder.substring(folder.indexOf(':') + 1);
				int at = url.lastIndexOf(marker);
				byName.put((at < 0) ? url : url.substring(at), resource);
			}
		}
		for (Map.Entry<String, Resource> file : byName.entrySet()) {
			add(digest, file.getKey());
			digest.update(sha256().digest(file.getValue().getContentAsByteArray()));
		}
	}

	private static void addClass(MessageDigest digest, Class<?> type) throws IOException {
		String name = type.getName();
		try (InputStream in = type.getResourceAsStream(name.substring(name.lastIndexOf('.') + 1) + ".class")) {
			add(digest, name);
			if (in != null) {
				digest.update(in.readAllBytes());
			}
		}
		for (Class<?> nested : type.getDeclaredClasses()) {
			addClass(digest, nested);
		}
	}

	private static void add(MessageDigest digest, String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		digest.update(bytes.length > 0 ? bytes : new byte[] { 0 });
		digest.update((byte) '\n');
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/** Writes the artefact. */
	static void write(Content content, String fingerprint, OutputStream target) throws IOException {
		DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target));
		writeString(out, FORMAT);
		writeString(out, fingerprint);
		List<String> drawings = drawings(content.pages());
		writeStrings(out, drawings);
		writeString(out, drawingsDigest(drawings));
		out.writeInt(content.pages().size());
		for (ContentPage page : content.pages()) {
			writePage(out, page);
		}
		out.writeInt(content.indexes().size());
		for (Map.Entry<Language, Map<String, byte[]>> index : content.indexes().entrySet()) {
			out.writeUTF(index.getKey().name());
			out.writeInt(index.getValue().size());
			for (Map.Entry<String, byte[]> file : index.getValue().entrySet()) {
				out.writeUTF(file.getKey());
				out.writeInt(file.getValue().length);
				out.write(file.getValue());
			}
		}
		out.flush();
	}

	/**
	 * The artefact's content, or nothing when it was made from other files or by other
	 * code (its fingerprint is not {@code expected}, or a drawing it was checked against
	 * differs from the one on the classpath) or in another layout.
	 */
	static Optional<Content> read(InputStream source, String expected) throws IOException {
		DataInputStream in = new DataInputStream(new BufferedInputStream(source));
		if (!FORMAT.equals(readString(in)) || !expected.equals(readString(in))) {
			return Optional.empty();
		}
		List<String> drawings = readStrings(in);
		if (!drawingsDigest(drawings).equals(readString(in))) {
			return Optional.empty();
		}
		int count = in.readInt();
		List<ContentPage> pages = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			pages.add(readPage(in));
		}
		Map<Language, Map<String, byte[]>> indexes = new EnumMap<>(Language.class);
		int languages = in.readInt();
		for (int i = 0; i < languages; i++) {
			Language language = Language.valueOf(in.readUTF());
			Map<String, byte[]> files = new LinkedHashMap<>();
			int fileCount = in.readInt();
			for (int j = 0; j < fileCount; j++) {
				String name = in.readUTF();
				files.put(name, in.readNBytes(in.readInt()));
			}
			indexes.put(language, files);
		}
		return Optional.of(new Content(List.copyOf(pages), indexes));
	}

	private static void writePage(DataOutputStream out, ContentPage page) throws IOException {
		out.writeUTF(page.kind().name());
		writeString(out, page.slug());
		writeString(out, page.title());
		writeString(out, page.summary());
		out.writeInt(page.order());
		out.writeBoolean(page.clinicallyReviewed());
		writeString(out, page.reviewInterval().toString());
		writeString(out, page.schemaType());
		out.writeBoolean(page.urgentAdvice());
		writeStrings(out, page.related());
		writeStrings(out, page.alsoKnownAs());
		writeStrings(out, page.searchTerms());
		out.writeInt(page.sources().size());
		for (Source source : page.sources()) {
			writeString(out, source.title());
			writeString(out, source.url());
		}
		out.writeInt(page.body().size());
		for (BodyPart part : page.body()) {
			out.writeUTF(part.kind().name());
			writeString(out, part.html());
			writeString(out, (part.level() != null) ? part.level().name() : null);
			Illustration illustration = part.illustration();
			out.writeBoolean(illustration != null);
			if (illustration != null) {
				writeString(out, illustration.src());
				writeString(out, illustration.alt());
				writeString(out, illustration.caption());
				out.writeInt(illustration.width());
				out.writeInt(illustration.height());
			}
		}
		writeString(out, page.text());
		writeString(out, page.fileContent());
		writeString(out, page.sha256());
		out.writeUTF(page.language().name());
		writeString(out, page.translationOf());
	}

	private static ContentPage readPage(DataInputStream in) throws IOException {
		PageKind kind = PageKind.valueOf(in.readUTF());
		String slug = readString(in);
		String title = readString(in);
		String summary = readString(in);
		int order = in.readInt();
		boolean clinicallyReviewed = in.readBoolean();
		Period reviewInterval = Period.parse(readString(in));
		String schemaType = readString(in);
		boolean urgentAdvice = in.readBoolean();
		List<String> related = readStrings(in);
		List<String> alsoKnownAs = readStrings(in);
		List<String> searchTerms = readStrings(in);
		int sourceCount = in.readInt();
		List<Source> sources = new ArrayList<>(sourceCount);
		for (int i = 0; i < sourceCount; i++) {
			sources.add(new Source(readString(in), readString(in)));
		}
		int partCount = in.readInt();
		List<BodyPart> body = new ArrayList<>(partCount);
		for (int i = 0; i < partCount; i++) {
			BodyPart.Kind partKind = BodyPart.Kind.valueOf(in.readUTF());
			String html = readString(in);
			String level = readString(in);
			Illustration illustration = in.readBoolean()
					? new Illustration(readString(in), readString(in), readString(in), in.readInt(), in.readInt())
					: null;
			body.add(new BodyPart(partKind, html, (level != null) ? CareLevel.valueOf(level) : null, illustration));
		}
		String text = readString(in);
		String fileContent = readString(in);
		String sha256 = readString(in);
		Language language = Language.valueOf(in.readUTF());
		String translationOf = readString(in);
		return new ContentPage(kind, slug, title, summary, order, clinicallyReviewed, reviewInterval, schemaType,
				urgentAdvice, List.copyOf(related), List.copyOf(alsoKnownAs), List.copyOf(searchTerms),
				List.copyOf(sources), List.copyOf(body), text, fileContent, sha256, language, translationOf);
	}

	private static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
		out.writeInt(strings.size());
		for (String string : strings) {
			writeString(out, string);
		}
	}

	private static List<String> readStrings(DataInputStream in) throws IOException {
		int count = in.readInt();
		List<String> strings = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			strings.add(readString(in));
		}
		return strings;
	}

	/** A string of any length, or {@code null}. */
	private static void writeString(DataOutputStream out, String string) throws IOException {
		if (string == null) {
			out.writeInt(-1);
			return;
		}
		byte[] bytes = string.getBytes(StandardCharsets.UTF_8);
		out.writeInt(bytes.length);
		out.write(bytes);
	}

	private static String readString(DataInputStream in) throws IOException {
		int length = in.readInt();
		return (length < 0) ? null : new String(in.readNBytes(length), StandardCharsets.UTF_8);
	}

	/**
	 * Writes the artefact at build time ({@code process-classes}) from the content on the
	 * classpath: {@code ContentArtefact OUTPUT-FILE}. A content file the checks refuse
	 * fails the build with the checks' message.
	 * @param args the file to write
	 * @throws IOException if it cannot be written
	 */
	public static void main(String[] args) throws IOException {
		ContentProperties properties = new ContentProperties("classpath:content/", null);
		Content content = Content.readFiles(properties);
		Path target = Path.of(args[0]);
		Files.createDirectories(target.toAbsolutePath().getParent());
		try (OutputStream out = Files.newOutputStream(target)) {
			write(content, fingerprint(properties), out);
		}
		long files = content.indexes().values().stream().mapToLong(Map::size).sum();
		System.out.printf("Content library: %d pages checked, %d search index files, written to %s%n",
				content.pages().size(), files, target);
	}

}
