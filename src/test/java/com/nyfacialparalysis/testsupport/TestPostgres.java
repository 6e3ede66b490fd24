package com.nyfacialparalysis.testsupport;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The real PostgreSQL server of the tests, the one .ci/run starts
 * (NYFP_TEST_POSTGRES_URL). Without it, the PostgreSQL tests say so and are skipped on a
 * developer's machine, and fail in CI. Each application a test starts on it gets a schema
 * of its own that Flyway creates, so test runs side by side (two test JVMs, two people)
 * never meet; tests that share an application ({@link OnPostgres}) share its schema, as
 * they share the in-memory database on H2.
 */
public final class TestPostgres {

	private static final String URL = System.getenv("NYFP_TEST_POSTGRES_URL");

	private TestPostgres() {
	}

	/** Fails in CI, and skips elsewhere, when no PostgreSQL server is named. */
	public static void require() {
		String missing = "These tests need a PostgreSQL server: set NYFP_TEST_POSTGRES_URL "
				+ "(and NYFP_TEST_POSTGRES_USER), or run `source .ci/postgres.sh` first";
		if ((URL == null || URL.isBlank()) && "true".equalsIgnoreCase(System.getenv("CI"))) {
			Assertions.fail(missing);
		}
		Assumptions.assumeTrue(URL != null && !URL.isBlank(), missing);
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

	/**
	 * Points an application at a new schema on the test server as it starts. Spring's
	 * context cache keys an application on its initializers' classes, not on the schema,
	 * so every test class with the same settings gets the same application (and schema),
	 * and each distinct application a schema of its own.
	 */
	public static class Schema implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			if (URL == null || URL.isBlank()) {
				return;
			}
			Map<String, Object> settings = new LinkedHashMap<>(settings(newSchema()));
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("tests' PostgreSQL schema", settings));
		}

	}

	/** Runs {@link #require()} before a test class starts its application. */
	public static class Required implements BeforeAllCallback {

		@Override
		public void beforeAll(ExtensionContext context) {
			require();
		}

	}

}
