package com.nyfacialparalysis.reports;

import org.junit.jupiter.api.BeforeAll;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.nyfacialparalysis.system.OnPostgres;
import com.nyfacialparalysis.testsupport.UsesPostgres;

/**
 * The same figures as {@link ReportsTest}, counted by a real PostgreSQL (its
 * percentile_cont, its time zones).
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@UsesPostgres
class ReportsOnPostgresTest extends ReportsTest {

	@BeforeAll
	static void needsPostgres() {
		OnPostgres.require();
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		OnPostgres.register(registry);
	}

}
