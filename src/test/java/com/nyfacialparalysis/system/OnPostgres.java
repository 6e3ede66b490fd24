package com.nyfacialparalysis.system;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a test's application at the real PostgreSQL that .ci/run starts
 * (NYFP_TEST_POSTGRES_URL), each test class in a schema of its own that Flyway creates.
 * Without it, the PostgreSQL tests say so and are skipped on a developer's machine, and
 * fail in CI.
 */
public final class OnPostgres {

	private static final String URL = System.getenv("NYFP_TEST_POSTGRES_URL");

	private OnPostgres() {
	}

	public static void require() {
		String missing = "These tests need a PostgreSQL server: set NYFP_TEST_POSTGRES_URL "
				+ "(and NYFP_TEST_POSTGRES_USER), or run `source .ci/postgres.sh` first";
		if ((URL == null || URL.isBlank()) && "true".equalsIgnoreCase(System.getenv("CI"))) {
			Assertions.fail(missing);
		}
		Assumptions.assumeTrue(URL != null && !URL.isBlank(), missing);
	}

	public static void register(DynamicPropertyRegistry registry) {
		if (URL == null || URL.isBlank()) {
			return;
		}
		settings(newSchema()).forEach((name, value) -> registry.add(name, () -> value));
	}

	/** A fresh schema name; Flyway creates it when the first application starts on it. */
	public static String newSchema() {
		return "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
	}

	/** The settings that point an application at {@code schema} on the test server. */
	public static Map<String, String> settings(String schema) {
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("spring.datasource.url", URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema);
		settings.put("spring.datasource.username", System.getenv().getOrDefault("NYFP_TEST_POSTGRES_USER", "postgres"));
		settings.put("spring.datasource.password", System.getenv().getOrDefault("NYFP_TEST_POSTGRES_PASSWORD", ""));
		settings.put("spring.flyway.default-schema", schema);
		settings.put("spring.flyway.schemas", schema);
		return settings;
	}

}
