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

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

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
		List<ContentPage> pages = library.everyLanguage();
		Map<String, OffsetDateTime> seen = seen(jdbc);
		List<ContentPage> unseen = pages.stream().filter((page) -> !seen.containsKey(version(page))).toList();
		if (!unseen.isEmpty()) {
			recordFirstSight(jdbc, unseen, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
			seen.putAll(seen(jdbc));
		}
		Map<PageKey, LocalDate> dates = new HashMap<>();
		Map<PageKey, Instant> instants = new HashMap<>();
		for (ContentPage page : pages) {
			OffsetDateTime first = seen.get(version(page));
			if (first != null) {
				dates.put(page.key(), first.atZoneSameInstant(zone).toLocalDate());
				instants.put(page.key(), first.toInstant());
			}
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

	/**
	 * Every text this site has served, by {@link #version}, with when it was first seen.
	 */
	private static Map<String, OffsetDateTime> seen(JdbcTemplate jdbc) {
		Map<String, OffsetDateTime> seen = new HashMap<>();
		RowCallbackHandler eachRow = (row) -> seen.put(version(row.getString(1), row.getString(2), row.getString(3)),
				row.getObject(4, OffsetDateTime.class));
		jdbc.query("select page_kind, page_slug, content_sha256, first_seen_at from content_versions", eachRow);
		return seen;
	}

	private static String version(ContentPage page) {
		return version(page.kind().name(), page.slug(), page.sha256());
	}

	private static String version(String kind, String slug, String sha256) {
		return kind + "/" + slug + "/" + sha256;
	}

	/**
	 * Records the texts not seen before as first seen now, in one transaction (one write
	 * to the database for a new site's every page, instead of one for each). Should
	 * another instance, starting at the same moment, have recorded one of them first,
	 * they are recorded one by one, and its date stands.
	 */
	static void recordFirstSight(JdbcTemplate jdbc, List<ContentPage> pages, OffsetDateTime now) {
		String insert = "insert into content_versions (page_kind, page_slug, content_sha256, first_seen_at)"
				+ " values (?, ?, ?, ?)";
		List<Object[]> rows = pages.stream()
			.map((page) -> new Object[] { page.kind().name(), page.slug(), page.sha256(), now })
			.toList();
		try {
			new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()))
				.executeWithoutResult((transaction) -> jdbc.batchUpdate(insert, rows));
		}
		catch (DataAccessException ex) {
			for (Object[] row : rows) {
				try {
					jdbc.update(insert, row);
				}
				catch (DuplicateKeyException duplicate) {
					// Another instance was first: its date stands.
				}
			}
		}
	}

}
