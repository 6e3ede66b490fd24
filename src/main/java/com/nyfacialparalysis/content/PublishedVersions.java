package com.nyfacialparalysis.content;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.nyfacialparalysis.clinic.ClinicProperties;

/**
 * When this site first served each page's current text. A content file changes only with
 * a new deployment, and a jar does not know when its files were last edited, so at
 * start-up each file's SHA-256 is recorded with the time it was first seen
 * ({@code content_versions}); a text seen before keeps its first date. That date is the
 * sitemap's {@code lastmod} and the privacy notice's "last updated": true of this site,
 * never invented.
 */
@Component
public class PublishedVersions {

	private final Map<PageKey, LocalDate> firstServed;

	private final Map<PageKey, Instant> firstSeen;

	PublishedVersions(ContentLibrary library, JdbcTemplate jdbc, Clock clock, ClinicProperties clinic) {
		ZoneId zone = clinic.hours().zone();
		Map<PageKey, LocalDate> dates = new HashMap<>();
		Map<PageKey, Instant> instants = new HashMap<>();
		for (ContentPage page : library.everyLanguage()) {
			recordFirstSight(jdbc, page, clock);
			List<OffsetDateTime> seen = jdbc.queryForList(
					"select first_seen_at from content_versions where page_kind = ? and page_slug = ?"
							+ " and content_sha256 = ?",
					OffsetDateTime.class, page.kind().name(), page.slug(), page.sha256());
			seen.stream().findFirst().ifPresent((first) -> {
				dates.put(page.key(), first.atZoneSameInstant(zone).toLocalDate());
				instants.put(page.key(), first.toInstant());
			});
		}
		this.firstServed = Map.copyOf(dates);
		this.firstSeen = Map.copyOf(instants);
	}

	/**
	 * When this site first served the page's current text: for an English page, when it
	 * last changed as far as this site knows.
	 */
	public Optional<Instant> firstSeen(ContentPage page) {
		return Optional.ofNullable(this.firstSeen.get(page.key()));
	}

	/** The day this site first served the page's current text. */
	Optional<LocalDate> firstServed(ContentPage page) {
		return Optional.ofNullable(this.firstServed.get(page.key()));
	}

	private static void recordFirstSight(JdbcTemplate jdbc, ContentPage page, Clock clock) {
		Integer known = jdbc.queryForObject(
				"select count(*) from content_versions where page_kind = ? and page_slug = ? and content_sha256 = ?",
				Integer.class, page.kind().name(), page.slug(), page.sha256());
		if (known != null && known > 0) {
			return;
		}
		try {
			jdbc.update(
					"insert into content_versions (page_kind, page_slug, content_sha256, first_seen_at)"
							+ " values (?, ?, ?, ?)",
					page.kind().name(), page.slug(), page.sha256(),
					OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
		}
		catch (DuplicateKeyException ex) {
			// Another instance, starting at the same moment, was first: its date stands.
		}
	}

}
