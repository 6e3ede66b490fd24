package com.nyfacialparalysis.content;

import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Which content page: its kind and its slug, written as the file's place in the content
 * folder ({@code conditions/bells-palsy}, {@code pages/home}). Sign-offs and reader
 * feedback are kept under this key, in the same two columns ({@code page_kind},
 * {@code page_slug}) of each table.
 *
 * @param kind condition, treatment or general page
 * @param slug the last part of its address and its file name
 */
@Embeddable
public record PageKey(
		@Enumerated(EnumType.STRING) @Column(name = "page_kind", nullable = false, updatable = false,
				length = 20) PageKind kind,
		@Column(name = "page_slug", nullable = false, updatable = false, length = 100) String slug) {

	/**
	 * The key as written ({@code conditions/bells-palsy}), or empty if it names no kind.
	 */
	public static Optional<PageKey> parse(String written) {
		if (written == null) {
			return Optional.empty();
		}
		int slash = written.indexOf('/');
		if (slash < 0 || written.indexOf('/', slash + 1) >= 0) {
			return Optional.empty();
		}
		String folder = written.substring(0, slash);
		String slug = written.substring(slash + 1);
		for (PageKind kind : PageKind.values()) {
			if (kind.folder().equals(folder) && !slug.isEmpty()) {
				return Optional.of(new PageKey(kind, slug));
			}
		}
		return Optional.empty();
	}

	@Override
	public String toString() {
		return this.kind.folder() + "/" + this.slug;
	}

}
