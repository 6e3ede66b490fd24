package com.nyfacialparalysis.requests;

import org.junit.jupiter.api.BeforeAll;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.nyfacialparalysis.system.OnPostgres;
import com.nyfacialparalysis.testsupport.UsesPostgres;

/**
 * The same checks as {@link RetentionJobTest}, against a real PostgreSQL. Closed after
 * its tests, so that its connections go back to the shared server.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@UsesPostgres
class RetentionJobOnPostgresTest extends RetentionJobTest {

	@BeforeAll
	static void needsPostgres() {
		OnPostgres.require();
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		OnPostgres.register(registry);
	}

}
