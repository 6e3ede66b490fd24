package com.nyfacialparalysis.system.pagecache;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A search as {@link RenderedPageCache} keeps it: only the words typed ({@code q}),
 * trimmed, in lower case and with each run of spaces made one, the way the search index
 * reads them anyway. The request is handed on with those words and no other parameter, so
 * that the page rendered and kept is exactly the page of its key.
 */
final class SearchWords extends HttpServletRequestWrapper {

	static final String PARAMETER = "q";

	/** The search box's own limit; longer searches are answered afresh and never kept. */
	static final int MAX_LENGTH = 200;

	private final String words;

	SearchWords(HttpServletRequest request, String words) {
		super(request);
		this.words = words;
	}

	/**
	 * The words of a search in their one kept form, or {@code null} when the search
	 * should not be kept: more than one {@code q}, a control character (which the
	 * framework may refuse), or more words than the search box takes.
	 * @throws IllegalStateException when the container cannot read the query (it says so
	 * once only; see {@link #refused})
	 */
	static String of(HttpServletRequest request) {
		String[] typed = request.getParameterValues(PARAMETER);
		if (typed == null) {
			return "";
		}
		return (typed.length == 1) ? normalise(typed[0]) : null;
	}

	/**
	 * The request as the framework would have met it: the container refuses a query it
	 * cannot read only on the first reading of a parameter, which the cache has spent, so
	 * the refusal is passed on to the next reader.
	 */
	static HttpServletRequest refused(HttpServletRequest request, IllegalStateException refusal) {
		AtomicReference<IllegalStateException> pending = new AtomicReference<>(refusal);
		return new HttpServletRequestWrapper(request) {

			@Override
			public String getParameter(String name) {
				throwPending();
				return super.getParameter(name);
			}

			@Override
			public String[] getParameterValues(String name) {
				throwPending();
				return super.getParameterValues(name);
			}

			@Override
			public Map<String, String[]> getParameterMap() {
				throwPending();
				return super.getParameterMap();
			}

			@Override
			public Enumeration<String> getParameterNames() {
				throwPending();
				return super.getParameterNames();
			}

			private void throwPending() {
				IllegalStateException refusal = pending.getAndSet(null);
				if (refusal != null) {
					throw refusal;
				}
			}

		};
	}

	static String normalise(String typed) {
		StringBuilder words = new StringBuilder(Math.min(typed.length(), MAX_LENGTH + 1));
		boolean space = false;
		for (int i = 0; i < typed.length(); i++) {
			char c = typed.charAt(i);
			if (Character.isISOControl(c)) {
				return null;
			}
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				space = !words.isEmpty();
				continue;
			}
			if (space) {
				words.append(' ');
				space = false;
			}
			words.append(c);
			if (words.length() > MAX_LENGTH) {
				return null;
			}
		}
		String lower = words.toString().toLowerCase(Locale.ROOT);
		return (lower.length() <= MAX_LENGTH) ? lower : null;
	}

	@Override
	public String getParameter(String name) {
		return PARAMETER.equals(name) ? this.words : null;
	}

	@Override
	public String[] getParameterValues(String name) {
		return PARAMETER.equals(name) ? new String[] { this.words } : null;
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		return Map.of(PARAMETER, new String[] { this.words });
	}

	@Override
	public Enumeration<String> getParameterNames() {
		return Collections.enumeration(List.of(PARAMETER));
	}

	@Override
	public String getQueryString() {
		return PARAMETER + "=" + URLEncoder.encode(this.words, StandardCharsets.UTF_8);
	}

}
