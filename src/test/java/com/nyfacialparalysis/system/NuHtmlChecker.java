package com.nyfacialparalysis.system;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nu.validator.client.EmbeddedValidator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Nu HTML checker (the engine behind the W3C's validator), run inside the test JVM:
 * no network.
 */
public final class NuHtmlChecker {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private NuHtmlChecker() {
	}

	/**
	 * The checker's errors for a page, each with its line and column; empty when the page
	 * is valid.
	 */
	public static synchronized List<String> errors(String html) {
		try {
			EmbeddedValidator validator = new EmbeddedValidator();
			validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
			String output = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
			List<String> errors = new ArrayList<>();
			if (output == null || output.isBlank()) {
				return errors;
			}
			for (JsonNode message : JSON.readTree(output).path("messages")) {
				String type = message.path("type").asString();
				String subType = message.path("subType").asString("");
				if ("error".equals(type) || "fatal".equals(subType) || "non-document-error".equals(type)) {
					errors.add("line " + message.path("lastLine").asInt() + ", column "
							+ message.path("firstColumn").asInt() + ": " + message.path("message").asString() + " ["
							+ message.path("extract").asString("").strip() + "]");
				}
			}
			return errors;
		}
		catch (Exception ex) {
			throw new IllegalStateException("The Nu HTML checker could not run", ex);
		}
	}

}
