package com.nyfacialparalysis.system.site;

import tools.jackson.databind.json.JsonMapper;

/**
 * Serialises structured data for a {@code <script type="application/ld+json">} block, so
 * that no text in it can close the block early.
 */
final class JsonLd {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private JsonLd() {
	}

	static String write(Object data) {
		return MAPPER.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e");
	}

}
