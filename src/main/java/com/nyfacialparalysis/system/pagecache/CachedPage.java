package com.nyfacialparalysis.system.pagecache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.util.DigestUtils;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * One complete answer kept by {@link RenderedPageCache}: its bytes, plain and
 * gzip-compressed, its weak ETag and the headers of its first render.
 */
record CachedPage(byte[] body, byte[] gzipped, String etag, String contentType, Map<String, List<String>> headers,
		int retainedBytes) {

	/**
	 * Headers that describe one answer's bytes or connection rather than the page; never
	 * replayed.
	 */
	private static final Set<String> NOT_KEPT = Set.of("content-length", "content-encoding", "content-type",
			"transfer-encoding", "date", "etag", "connection", "keep-alive", "set-cookie");

	/**
	 * What the JVM spends on a string besides its characters (object and array headers,
	 * fields).
	 */
	private static final int STRING_OVERHEAD = 56;

	/** The record, its map, lists, arrays and the cache's own node for the entry. */
	private static final int ENTRY_OVERHEAD = 512;

	static CachedPage of(ContentCachingResponseWrapper rendering) {
		byte[] body = rendering.getContentAsByteArray();
		String etag = "W/\"0" + DigestUtils.md5DigestAsHex(body) + "\"";
		Map<String, List<String>> headers = new LinkedHashMap<>();
		long headerBytes = 0;
		for (String name : rendering.getHeaderNames()) {
			if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT)) && !headers.containsKey(name)) {
				List<String> values = List.copyOf(rendering.getHeaders(name));
				headers.put(name, values);
				headerBytes += stringBytes(name);
				for (String value : values) {
					headerBytes += stringBytes(value);
				}
			}
		}
		byte[] gzipped = gzip(body);
		String contentType = rendering.getContentType();
		long retained = ENTRY_OVERHEAD + body.length + gzipped.length + headerBytes + stringBytes(etag)
				+ stringBytes(contentType);
		return new CachedPage(body, gzipped, etag, contentType, Map.copyOf(headers),
				(int) Math.min(Integer.MAX_VALUE, retained));
	}

	/**
	 * The memory this page holds under {@code key}, as the cache's byte budget counts it.
	 */
	int weigh(String key) {
		return (int) Math.min(Integer.MAX_VALUE, (long) this.retainedBytes + stringBytes(key));
	}

	void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Set<String> vary = new LinkedHashSet<>();
		vary.add(HttpHeaders.ACCEPT_ENCODING);
		this.headers.forEach((name, values) -> {
			if (name.equalsIgnoreCase(HttpHeaders.VARY)) {
				// What the page itself varies on (the English home page:
				// Accept-Language),
				// besides the compression this copy is sent with.
				values.forEach((value) -> vary.addAll(Arrays.stream(value.split(","))
					.map(String::strip)
					.filter((token) -> !token.isEmpty() && !token.equalsIgnoreCase(HttpHeaders.ACCEPT_ENCODING))
					.toList()));
			}
			else {
				values.forEach((value) -> response.addHeader(name, value));
			}
		});
		response.setHeader(HttpHeaders.ETAG, this.etag);
		response.setHeader(HttpHeaders.VARY, String.join(", ", vary));
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch != null && ifNoneMatch.contains(this.etag.substring(2))) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setContentType(this.contentType);
		String acceptEncoding = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		byte[] bytes = this.body;
		if (acceptEncoding != null && acceptEncoding.contains("gzip")) {
			bytes = this.gzipped;
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(bytes.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(bytes);
		}
	}

	private static long stringBytes(String text) {
		// Two bytes a character: an address or a search in most languages is not Latin-1.
		return STRING_OVERHEAD + 2L * text.length();
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
