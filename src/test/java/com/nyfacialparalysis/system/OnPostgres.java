package com.nyfacialparalysis.system;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a test's application at the real PostgreSQL that .ci/run starts (NYFP_TEST_POSTGRES_URL), each test
 * class in a schema of its own that Flyway creates. Without it, the PostgreSQL tests say so and are skipped on
 * a developer's machine, and fail in CI.
 */
public final class OnPostgres {

	private static final String URL = System.getenv("NYFP_TEST_POSTGRES_URL");

	private OnPostgres() {
	}

	public static void require() {
		String missing = "These tests need a PostgreSQL server: set NYFP_TEST_POSTGRES_URL (and NYFP_TEST_POSTGRES_USER), "
				+ "or run `source .ci/postgres.sh` first";
		if ((URL == null || URL.isBlank()) && "true".equalsIgnoreCase(System.getenv("CI"))) {
			Assertions.fail(missing);
		}
		Assumptions.assumeTrue(URL != null && !URL.isBlank(), missing);
	}

	public static void register(DynamicPropertyRegistry registry) {
		if (URL == null || URL.isBlank()) {
			return;
		}
		String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
		registry.add("spring.datasource.url", () -> URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema);
		registry.add("spring.datasource.username", () -> System.getenv().getOrDefault("NYFP_TEST_POSTGRES_USER", "postgres"));
		registry.add("spring.datasource.password", () -> System.getenv().getOrDefault("NYFP_TEST_POSTGRES_PASSWORD", ""));
		registry.add("spring.flyway.default-schema", () -> schema);
		registry.add("spring.flyway.schemas", () -> schema);
	}

}
