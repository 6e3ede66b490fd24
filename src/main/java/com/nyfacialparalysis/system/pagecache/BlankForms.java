package com.nyfacialparalysis.system.pagecache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.validation.Errors;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Form pages as a visitor first opens them, blank, rendered once per address and language
 * and kept with a hole wherever one visitor's own values go: the form's one-time token,
 * which the page's controller names, and the page's CSRF token, if the request has one.
 * Each visitor's copy is the kept page with their own values written into its holes, byte
 * for byte the page a fresh render would give them.
 *
 * <p>
 * Unlike {@link RenderedPageCache}, this runs where the template would have been
 * rendered: the request has gone through Spring Security and the controller, which issued
 * the visitor's tokens and wrote the headers (a new CSRF cookie among them), so only the
 * render is saved. A copy comes from memory only for a GET (or HEAD) by a visitor without
 * a session or a sign-in, at an address without a query and in its one plain spelling, to
 * a 200 with no error on its model; anything else is rendered afresh and never kept. A
 * page is kept only when each value appears in it exactly once and needs no escaping, so
 * the holes are exactly those values. Kept forms are forgotten with the other kept pages
 * ({@link PageCache#forgetAll()}).
 */
public final class BlankForms {

	/** Room for every form page in every language many times over. */
	private static final int MOST_KEPT = 32;

	private final boolean enabled;

	private final ObjectProvider<ViewResolver> viewResolvers;

	private final Cache<String, BlankForm> forms = Caffeine.newBuilder()
		.maximumSize(MOST_KEPT)
		.executor(Runnable::run)
		.build();

	private final Counter servedFromMemory;

	BlankForms(boolean enabled, ObjectProvider<ViewResolver> viewResolvers, MeterRegistry metrics) {
		this.enabled = enabled;
		this.viewResolvers = viewResolvers;
		this.servedFromMemory = Counter.builder("site.forms.from.memory")
			.description("Blank form pages written from a kept render with the visitor's own tokens")
			.register(metrics);
	}

	/**
	 * The view to show a blank form with: the kept page with these values and the CSRF
	 * token filled in, or the named template rendered afresh (and kept, when it may be).
	 * @param viewName the form's template
	 * @param ownValues what is this visitor's alone on the page besides its CSRF token
	 * (the form's one-time token), each a value no other visitor is given
	 * @return a view for the controller to return
	 */
	public View view(String viewName, String... ownValues) {
		return (model, request, response) -> render(viewName, List.of(ownValues), model, request, response);
	}

	/** Forgets every kept form, so each is rendered afresh on its next request. */
	void forgetAll() {
		this.forms.invalidateAll();
	}

	private void render(String viewName, List<String> ownValues, Map<String, ?> model, HttpServletRequest request,
			HttpServletResponse response) throws Exception {
		Locale locale = RequestContextUtils.getLocale(request);
		String key = keyFor(viewName, locale, model, request, response);
		if (key != null) {
			BlankForm kept = this.forms.getIfPresent(key);
			List<String> values = values(ownValues, request);
			if (kept != null && kept.fits(values)) {
				this.servedFromMemory.increment();
				kept.writeTo(response, values);
				return;
			}
		}
		View template = resolve(viewName, locale);
		if (key == null || !"GET".equals(request.getMethod())) {
			template.render(model, request, response);
			return;
		}
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		template.render(model, request, rendering);
		if (isWhole(request, rendering)) {
			BlankForm page = BlankForm.cut(rendering, values(ownValues, request));
			if (page != null) {
				this.forms.asMap().putIfAbsent(key, page);
			}
		}
		rendering.copyBodyToResponse();
	}

	/**
	 * Where a copy of this page is kept, or {@code null} when this visitor's page must be
	 * rendered for them alone.
	 */
	private String keyFor(String viewName, Locale locale, Map<String, ?> model, HttpServletRequest request,
			HttpServletResponse response) {
		String method = request.getMethod();
		if (!this.enabled || (!"GET".equals(method) && !"HEAD".equals(method))
				|| request.getDispatcherType() != DispatcherType.REQUEST || request.getQueryString() != null
				|| response.getStatus() != HttpServletResponse.SC_OK || request.getUserPrincipal() != null
				|| request.getRemoteUser() != null || RenderedPageCache.carriesSession(request)) {
			return null;
		}
		String path = RenderedPageCache.normalisedPath(request);
		if (path == null) {
			return null;
		}
		for (Object value : model.values()) {
			if (value instanceof Errors errors && errors.hasErrors()) {
				return null;
			}
		}
		String scheme = request.isSecure() ? "https:" : "http:";
		return viewName + " " + locale.toLanguageTag() + " " + scheme + path;
	}

	/**
	 * This visitor's values in the order of the page's holes: the controller's, then the
	 * CSRF token (asked for here, so that a new one's cookie is set before the page is
	 * written, as during a render).
	 */
	private static List<String> values(List<String> ownValues, HttpServletRequest request) {
		if (!(request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf)) {
			return ownValues;
		}
		List<String> values = new ArrayList<>(ownValues);
		values.add(csrf.getToken());
		return values;
	}

	private View resolve(String viewName, Locale locale) throws Exception {
		for (ViewResolver resolver : this.viewResolvers.orderedStream().toList()) {
			View view = resolver.resolveViewName(viewName, locale);
			if (view != null) {
				return view;
			}
		}
		throw new IllegalStateException("No view named " + viewName);
	}

	private static boolean isWhole(HttpServletRequest request, ContentCachingResponseWrapper rendering) {
		return rendering.getStatus() == HttpServletResponse.SC_OK && rendering.getContentSize() > 0
				&& rendering.getContentType() != null && !rendering.isCommitted()
				&& request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) == null
				&& request.getAttribute(DispatcherServlet.EXCEPTION_ATTRIBUTE) == null
				&& request.getSession(false) == null;
	}

	/**
	 * A rendered form page cut at its visitor's values: {@code parts} are the bytes
	 * between the holes, {@code holes} which value goes into each hole, in page order.
	 */
	private record BlankForm(byte[][] parts, int[] holes, String contentType, Locale locale) {

		static BlankForm cut(ContentCachingResponseWrapper rendering, List<String> values) {
			byte[] page = rendering.getContentAsByteArray();
			int[] at = new int[values.size()];
			for (int i = 0; i < values.size(); i++) {
				if (!isPlain(values.get(i))) {
					return null;
				}
				byte[] value = values.get(i).getBytes(StandardCharsets.US_ASCII);
				at[i] = indexOf(page, value, 0);
				if (at[i] < 0 || indexOf(page, value, at[i] + 1) >= 0) {
					return null;
				}
			}
			Integer[] order = new Integer[values.size()];
			Arrays.setAll(order, (i) -> i);
			Arrays.sort(order, (a, b) -> Integer.compare(at[a], at[b]));
			byte[][] parts = new byte[values.size() + 1][];
			int[] holes = new int[values.size()];
			int from = 0;
			for (int hole = 0; hole < order.length; hole++) {
				int value = order[hole];
				if (at[value] < from) {
					return null;
				}
				parts[hole] = Arrays.copyOfRange(page, from, at[value]);
				holes[hole] = value;
				from = at[value] + values.get(value).length();
			}
			parts[order.length] = Arrays.copyOfRange(page, from, page.length);
			return new BlankForm(parts, holes, rendering.getContentType(), rendering.getLocale());
		}

		/** Whether these values can go into this page's holes. */
		boolean fits(List<String> values) {
			return values.size() == this.holes.length && values.stream().allMatch(BlankForm::isPlain);
		}

		void writeTo(HttpServletResponse response, List<String> values) throws IOException {
			byte[][] filled = new byte[values.size()][];
			int length = 0;
			for (int i = 0; i < this.parts.length; i++) {
				length += this.parts[i].length;
			}
			for (int i = 0; i < filled.length; i++) {
				filled[i] = values.get(i).getBytes(StandardCharsets.US_ASCII);
				length += filled[i].length;
			}
			byte[] page = new byte[length];
			int at = 0;
			for (int i = 0; i < this.parts.length; i++) {
				System.arraycopy(this.parts[i], 0, page, at, this.parts[i].length);
				at += this.parts[i].length;
				if (i < this.holes.length) {
					byte[] value = filled[this.holes[i]];
					System.arraycopy(value, 0, page, at, value.length);
					at += value.length;
				}
			}
			response.setLocale(this.locale);
			response.setContentType(this.contentType);
			response.setContentLength(page.length);
			response.getOutputStream().write(page);
		}

		/**
		 * A value written the same in HTML as in itself, that cannot run into the page
		 * around it (a token's letters, digits and {@code -_.=+/~}).
		 */
		private static boolean isPlain(String value) {
			if (value == null || value.isEmpty()) {
				return false;
			}
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
						|| "-_.=+/~".indexOf(c) >= 0;
				if (!plain) {
					return false;
				}
			}
			return true;
		}

		private static int indexOf(byte[] page, byte[] value, int from) {
			outer: for (int i = from; i <= page.length - value.length; i++) {
				for (int j = 0; j < value.length; j++) {
					if (page[i + j] != value[j]) {
						continue outer;
					}
				}
				return i;
			}
			return -1;
		}

	}

}
