package com.nyfacialparalysis.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
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
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;

import com.nyfacialparalysis.system.site.Language;

/**
 * A full-text index of every content page, one for each language. English stemming lets
 * "spasms" find "spasm"; Spanish analysis (stemming, and accents folded) lets "paralisis"
 * find "parálisis". Each page's other names ("Botox") and search terms ("eye twitch") are
 * indexed with its title. A search in one language finds only pages written in it.
 * <p>
 * The indexes are built with the content library: at build time into its artefact
 * ({@link ContentArtefact}), or at start-up when the content files differ from those the
 * build saw. A start opens them on a thread of its own while the rest of the site starts,
 * and waits for them before the site takes its first request
 * ({@link #afterSingletonsInstantiated()}).
 */
@Component
class SearchIndex implements SmartInitializingSingleton {

	/** Longer queries are cut to this many characters before they are parsed. */
	static final int MAX_QUERY_LENGTH = 200;

	private static final int MAX_RESULTS = 20;

	private static final Map<String, Float> FIELDS = Map.of("title", 4f, "names", 4f, "summary", 2f, "body", 1f);

	private final ContentLibrary library;

	private final CompletableFuture<Map<Language, Index>> indexes;

	/**
	 * One language's index and the analysis its words were indexed with.
	 *
	 * @param analyzer how text is split into words and stemmed
	 * @param searcher the index
	 */
	private record Index(Analyzer analyzer, IndexSearcher searcher) {
	}

	SearchIndex(ContentLibrary library) {
		this.library = library;
		this.indexes = CompletableFuture.supplyAsync(() -> {
			Map<Language, Index> opened = new EnumMap<>(Language.class);
			for (Language language : Language.values()) {
				opened.put(language, open(library.searchIndexFiles(language), analyzer(language)));
			}
			return opened;
		}, new SimpleAsyncTaskExecutor("search-index-"));
	}

	@Override
	public void afterSingletonsInstantiated() {
		StartUpWork.awaited(this.indexes);
	}

	/**
	 * How a language's words are split, stemmed and folded, in the index and in a query.
	 */
	private static Analyzer analyzer(Language language) {
		return (language == Language.SPANISH) ? spanish() : new EnglishAnalyzer();
	}

	/**
	 * Lucene's Spanish analysis with accents folded after stemming, so a word typed with
	 * or without its accent ("parálisis", "paralisis") finds the same pages.
	 */
	private static Analyzer spanish() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				TokenStream result = new LowerCaseFilter(source);
				result = new ASCIIFoldingFilter(result);
				result = new StopFilter(result, foldedSpanishStopWords());
				result = new SpanishLightStemFilter(result);
				return new TokenStreamComponents(source, result);
			}

			@Override
			protected TokenStream normalize(String fieldName, TokenStream in) {
				return new ASCIIFoldingFilter(new LowerCaseFilter(in));
			}
		};
	}

	private static CharArraySet foldedSpanishStopWords() {
		CharArraySet folded = new CharArraySet(SpanishAnalyzer.getDefaultStopSet().size(), false);
		for (Object word : SpanishAnalyzer.getDefaultStopSet()) {
			char[] chars = (char[]) word;
			char[] out = new char[chars.length * 4];
			int length = ASCIIFoldingFilter.foldToASCII(chars, 0, out, 0, chars.length);
			folded.add(new String(out, 0, length));
		}
		return folded;
	}

	/**
	 * The files of the index of the pages written in one language (for
	 * {@link ContentArtefact}).
	 */
	static Map<String, byte[]> build(List<ContentPage> pages, Language language) {
		try (Directory directory = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer(language)))) {
				for (ContentPage page : pages) {
					if (page.language() != language) {
						continue;
					}
					Document document = new Document();
					document.add(new StringField("path", page.path(), Field.Store.YES));
					document.add(new TextField("title", page.title(), Field.Store.NO));
					document.add(new TextField("names", namesOf(page), Field.Store.NO));
					document.add(new TextField("summary", page.summary(), Field.Store.NO));
					document.add(new TextField("body", page.text(), Field.Store.NO));
					writer.addDocument(document);
				}
				writer.commit();
			}
			Map<String, byte[]> files = new TreeMap<>();
			for (String name : directory.listAll()) {
				try (IndexInput in = directory.openInput(name, IOContext.READONCE)) {
					byte[] bytes = new byte[Math.toIntExact(in.length())];
					in.readBytes(bytes, 0, bytes.length);
					files.put(name, bytes);
				}
			}
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not build the search index", ex);
		}
	}

	private static Index open(Map<String, byte[]> files, Analyzer analyzer) {
		try {
			Directory directory = new ByteBuffersDirectory();
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				try (IndexOutput out = directory.createOutput(file.getKey(), IOContext.DEFAULT)) {
					out.writeBytes(file.getValue(), file.getValue().length);
				}
			}
			return new Index(analyzer, new IndexSearcher(DirectoryReader.open(directory)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not open the search index", ex);
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
		return search(typed, Language.ENGLISH);
	}

	/** The pages in this language that match what a person typed, best first. */
	List<ContentPage> search(String typed, Language language) {
		Index index = StartUpWork.awaited(this.indexes).get(language);
		Query query = parse(typed, index.analyzer());
		try {
			List<ContentPage> results = new ArrayList<>();
			for (ScoreDoc hit : index.searcher().search(query, MAX_RESULTS).scoreDocs) {
				String path = index.searcher().storedFields().document(hit.doc).get("path");
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

	private static Query parse(String typed, Analyzer analyzer) {
		String cut = typed.length() > MAX_QUERY_LENGTH ? typed.substring(0, MAX_QUERY_LENGTH) : typed;
		// Lower case, so that AND, OR and NOT are words like any other rather than search
		// operators.
		String words = cut.toLowerCase(Locale.ROOT);
		MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS.keySet().toArray(String[]::new), analyzer,
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
