package com.nyfacialparalysis.content;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;

import com.nyfacialparalysis.system.site.Language;

/**
 * Every content page, in English and in translation, read and checked once. A broken file
 * stops the start (or the build) with a message naming it; once running, pages come from
 * memory.
 * <p>
 * The build reads and checks the files and keeps the result with the search indexes
 * ({@link ContentArtefact}); a start takes that when the files on its classpath are the
 * very ones the build checked, and reads and checks them itself otherwise (a Markdown
 * file edited since the build shows at the next start). This happens on a thread of its
 * own while the rest of the site starts. Every use waits for it, and the start waits for
 * it before the site takes its first request ({@link #afterSingletonsInstantiated()}), so
 * a broken file still stops the start.
 */
@Component
public class ContentLibrary implements SmartInitializingSingleton {

	private static final Comparator<ContentPage> LISTING_ORDER = Comparator.comparingInt(ContentPage::order)
		.thenComparing(ContentPage::title);

	private final CompletableFuture<Pages> pages;

	/**
	 * The pages, read.
	 *
	 * @param everyLanguage every page in listing order
	 * @param byPath every page by its address
	 * @param searchIndexes the files of each language's search index
	 */
	private record Pages(List<ContentPage> everyLanguage, Map<String, ContentPage> byPath,
			Map<Language, Map<String, byte[]>> searchIndexes) {

		static Pages of(ContentArtefact.Content content) {
			List<ContentPage> everyLanguage = content.pages().stream().sorted(LISTING_ORDER).toList();
			return new Pages(everyLanguage,
					everyLanguage.stream().collect(Collectors.toMap(ContentPage::path, Function.identity())),
					content.indexes());
		}

	}

	@Autowired
	public ContentLibrary(ContentProperties properties) {
		this(properties, new DefaultResourceLoader(ContentLibrary.class.getClassLoader())
			.getResource("classpath:" + ContentArtefact.RESOURCE));
	}

	/**
	 * The library of the files at the properties' location, or of the build's artefact
	 * when it was made from those very files.
	 */
	ContentLibrary(ContentProperties properties, Resource artefact) {
		this.pages = CompletableFuture.supplyAsync(() -> Pages.of(ContentArtefact.current(properties, artefact)),
				new SimpleAsyncTaskExecutor("content-reading-"));
	}

	@Override
	public void afterSingletonsInstantiated() {
		pages();
	}

	private Pages pages() {
		return StartUpWork.awaited(this.pages);
	}

	/** The English pages. */
	public List<ContentPage> all() {
		return all(Language.ENGLISH);
	}

	/** The pages written in one language. */
	public List<ContentPage> all(Language language) {
		return pages().everyLanguage().stream().filter((page) -> page.language() == language).toList();
	}

	/** The English pages and their translations. */
	public List<ContentPage> everyLanguage() {
		return pages().everyLanguage();
	}

	public List<ContentPage> conditions() {
		return ofKind(PageKind.CONDITION, Language.ENGLISH);
	}

	public List<ContentPage> treatments() {
		return ofKind(PageKind.TREATMENT, Language.ENGLISH);
	}

	public List<ContentPage> conditions(Language language) {
		return ofKind(PageKind.CONDITION, language);
	}

	public List<ContentPage> treatments(Language language) {
		return ofKind(PageKind.TREATMENT, language);
	}

	/** The English page of this kind and slug; a missing one is a 404, never an error. */
	public ContentPage get(PageKind kind, String slug) {
		return get(Language.ENGLISH, kind, slug);
	}

	/**
	 * The page of this kind and slug in this language; a missing one is a 404, never an
	 * error.
	 */
	public ContentPage get(Language language, PageKind kind, String slug) {
		return pages().everyLanguage()
			.stream()
			.filter((page) -> page.language() == language && page.kind() == kind && page.slug().equals(slug))
			.findFirst()
			.orElseThrow(() -> new PageNotFoundException(kind.folder() + "/" + slug));
	}

	/** The general page filed under this English slug, in this language. */
	public ContentPage general(Language language, String englishSlug) {
		return pages().everyLanguage()
			.stream()
			.filter((page) -> page.language() == language && page.kind() == PageKind.PAGE
					&& page.translationOf().equals(englishSlug))
			.findFirst()
			.orElseThrow(() -> new PageNotFoundException("pages/" + englishSlug));
	}

	/** The page with this key (in either language), if there is one. */
	public Optional<ContentPage> find(PageKey key) {
		return pages().everyLanguage().stream().filter((page) -> page.key().equals(key)).findFirst();
	}

	/** The page with this key; a missing one is a 404, never an error. */
	public ContentPage get(PageKey key) {
		return find(key).orElseThrow(() -> new PageNotFoundException(key.toString()));
	}

	/** The same page in the other language, if it has been translated. */
	public Optional<ContentPage> translation(ContentPage page) {
		Language other = page.language().other();
		return pages().everyLanguage()
			.stream()
			.filter((candidate) -> candidate.language() == other && candidate.kind() == page.kind()
					&& candidate.translationOf().equals(page.translationOf()))
			.findFirst();
	}

	/**
	 * The pages a clinician checks, in every language: every condition and treatment, and
	 * the general pages that give health advice. A translation is checked on its own.
	 */
	public List<ContentPage> clinicallyReviewed() {
		return pages().everyLanguage().stream().filter(ContentPage::clinicallyReviewed).toList();
	}

	public ContentPage byPath(String path) {
		return pages().byPath().get(path);
	}

	/**
	 * The pages a page is related to (treatments of a condition, or conditions a
	 * treatment is used for), in its own language.
	 */
	public List<ContentPage> relatedTo(ContentPage page) {
		return ofKind(page.kind().relatedKind(), page.language()).stream()
			.filter((other) -> page.related().contains(other.translationOf()))
			.toList();
	}

	/** The files of the search index of one language's pages. */
	Map<String, byte[]> searchIndexFiles(Language language) {
		return pages().searchIndexes().get(language);
	}

	private List<ContentPage> ofKind(PageKind kind, Language language) {
		return pages().everyLanguage()
			.stream()
			.filter((page) -> page.kind() == kind && page.language() == language)
			.toList();
	}

}
