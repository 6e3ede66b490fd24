package com.nyfacialparalysis.browser;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import javax.naming.OperationNotSupportedException;

import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core run in the page the browser shows now, reporting its violations alone. Its
 * script (560 KB, the one the axe-core library ships) goes into a page once and stays
 * until the browser leaves the page. The run asks for the violations in full and nothing
 * else (axe-core's {@code resultTypes} option: the passes and the incomplete results keep
 * one element each), and sends back only what a failure reports.
 *
 * <p>
 * The library's own {@code AxeBuilder} took about twice as long for the same check: it
 * sends the script twice and opens and closes a second window for every check (its way of
 * joining results from frames, which these pages do not have).
 */
final class Axe {

	private static final String SCRIPT = script();

	private static final String HAS_AXE = "return typeof window.axe === 'object';";

	private static final String RUN = """
			var done = arguments[arguments.length - 1];
			axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
				.then((results) => done({ violations: results.violations.map((rule) => ({
					id: rule.id, impact: rule.impact, help: rule.help,
					targets: rule.nodes.map((node) => JSON.stringify(node.target)) })) }),
					(error) => done({ error: String(error) }));
			""";

	private Axe() {
	}

	/**
	 * The rules of the given axe-core tags that the page breaks, each with the elements
	 * that break it; fails when axe-core itself fails.
	 */
	@SuppressWarnings("unchecked")
	static List<Violation> violations(ChromeDriver browser, List<String> tags) {
		if (!Boolean.TRUE.equals(browser.executeScript(HAS_AXE))) {
			browser.executeScript(SCRIPT);
		}
		Map<String, Object> result = (Map<String, Object>) browser.executeAsyncScript(RUN, tags);
		if (result.get("error") != null) {
			throw new IllegalStateException(
					"axe-core failed on " + browser.getCurrentUrl() + ": " + result.get("error"));
		}
		return ((List<Map<String, Object>>) result.get("violations")).stream()
			.map((rule) -> new Violation((String) rule.get("id"), (String) rule.get("impact"),
					(String) rule.get("help"), (List<String>) rule.get("targets")))
			.toList();
	}

	private static String script() {
		try {
			return new EmbeddedResourceAxeProvider().getScript();
		}
		catch (IOException | OperationNotSupportedException ex) {
			throw new IllegalStateException("Could not read axe-core's script from its library", ex);
		}
	}

	/** A rule the page breaks, and the elements (CSS selectors) that break it. */
	record Violation(String id, String impact, String help, List<String> targets) {

		@Override
		public String toString() {
			return "  - " + this.id + " (" + this.impact + "): " + this.help + "\n      at "
					+ String.join("\n      at ", this.targets);
		}

	}

}
