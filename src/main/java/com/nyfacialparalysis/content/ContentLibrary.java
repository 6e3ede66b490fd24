package com.nyfacialparalysis.content;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Every content page, read and checked once at start-up. A broken file stops the start
 * with a message naming it; once running, pages come from memory.
 */
@Component
public class ContentLibrary {

	private static final Comparator<ContentPage> LISTING_ORDER = Comparator.comparingInt(ContentPage::order)
		.thenComparing(ContentPage::title);

	private final List<ContentPage> all;

	private final Map<String, ContentPage> byPath;

	public ContentLibrary(ContentProperties properties) {
		this.all = new ContentLoader(properties).load().stream().sorted(LISTING_ORDER).toList();
		this.byPath = this.all.stream().collect(Collectors.toMap(ContentPage::path, Function.identity()));
	}

	public List<ContentPage> all() {
		return this.all;
	}

	public List<ContentPage> conditions() {
		return ofKind(PageKind.CONDITION);
	}

	public List<ContentPage> treatments() {
		return ofKind(PageKind.TREATMENT);
	}

	/** The page of this kind and slug; a missing one is a 404, never an error. */
	public ContentPage get(PageKind kind, String slug) {
		return this.all.stream()
			.filter((page) -> page.kind() == kind && page.slug().equals(slug))
			.findFirst()
			.orElseThrow(() -> new PageNotFoundException(kind.folder() + "/" + slug));
	}

	/** The page with this key, if there is one. */
	public Optional<ContentPage> find(PageKey key) {
		return this.all.stream().filter((page) -> page.key().equals(key)).findFirst();
	}

	/** The page with this key; a missing one is a 404, never an error. */
	public ContentPage get(PageKey key) {
		return get(key.kind(), key.slug());
	}

	/**
	 * The pages a clinician checks: every condition and treatment, and the general pages
	 * that give health advice.
	 */
	public List<ContentPage> clinicallyReviewed() {
		return this.all.stream().filter(ContentPage::clinicallyReviewed).toList();
	}

	public ContentPage byPath(String path) {
		return this.byPath.get(path);
	}

	/**
	 * The pages a page is related to (treatments of a condition, or conditions a
	 * treatment is used for).
	 */
	public List<ContentPage> relatedTo(ContentPage page) {
		return ofKind(page.kind().relatedKind()).stream()
			.filter((other) -> page.related().contains(other.slug()))
			.toList();
	}

	private List<ContentPage> ofKind(PageKind kind) {
		return this.all.stream().filter((page) -> page.kind() == kind).toList();
	}

}
