package com.nyfacialparalysis.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

import org.springframework.stereotype.Component;

/**
 * A full-text index of every content page, built in memory at start-up. English stemming
 * lets "spasms" find "spasm"; each page's other names ("Botox") and search terms ("eye
 * twitch") are indexed with its title.
 */
@Component
class SearchIndex {

	/** Longer queries are cut to this many characters before they are parsed. */
	static final int MAX_QUERY_LENGTH = 200;

	private static final int MAX_RESULTS = 20;

	private static final Map<String, Float> FIELDS = Map.of("title", 4f, "names", 4f, "summary", 2f, "body", 1f);

	private final Analyzer analyzer = new EnglishAnalyzer();

	private final ContentLibrary library;

	private final IndexSearcher searcher;

	SearchIndex(ContentLibrary library) {
		this.library = library;
		Directory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(this.analyzer))) {
			for (ContentPage page : library.all()) {
				Document document = new Document();
				document.add(new StringField("path", page.path(), Field.Store.YES));
				document.add(new TextField("title", page.title(), Field.Store.NO));
				document.add(new TextField("names", namesOf(page), Field.Store.NO));
				document.add(new TextField("summary", page.summary(), Field.Store.NO));
				document.add(new TextField("body", page.text(), Field.Store.NO));
				writer.addDocument(document);
			}
			writer.commit();
			this.searcher = new IndexSearcher(DirectoryReader.open(directory));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not build the search index", ex);
		}
	}

	/**
	 * The page's other names and the words people search with, each kept apart from the
	 * next.
	 */
	private static String namesOf(ContentPage page) {
		List<String> names = new ArrayList<>(page.alsoKnownAs());
		names.addAll(page.searchTerms());
		return String.join(" . ", names);
	}

	/**
	 * The pages that match what a person typed, best first. Anything typed is taken as
	 * words: search syntax is escaped, so no query can fail.
	 */
	List<ContentPage> search(String typed) {
		Query query = parse(typed);
		try {
			List<ContentPage> results = new ArrayList<>();
			for (ScoreDoc hit : this.searcher.search(query, MAX_RESULTS).scoreDocs) {
				String path = this.searcher.storedFields().document(hit.doc).get("path");
				ContentPage page = this.library.byPath(path);
				if (page != null) {
					results.add(page);
				}
			}
			return results;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not search the index", ex);
		}
	}

	private Query parse(String typed) {
		String cut = typed.length() > MAX_QUERY_LENGTH ? typed.substring(0, MAX_QUERY_LENGTH) : typed;
		// Lower case, so that AND, OR and NOT are words like any other rather than search
		// operators.
		String words = cut.toLowerCase(Locale.ROOT);
		MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS.keySet().toArray(String[]::new), this.analyzer,
				FIELDS);
		parser.setDefaultOperator(QueryParser.Operator.OR);
		try {
			Query query = parser.parse(QueryParser.escape(words));
			return (query == null || (query instanceof BooleanQuery bool && bool.clauses().isEmpty()))
					? new MatchNoDocsQuery() : query;
		}
		catch (ParseException | IndexSearcher.TooManyClauses ex) {
			return new MatchNoDocsQuery();
		}
	}

}
