package com.nyfacialparalysis.requests;

import org.junit.jupiter.api.BeforeAll;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.nyfacialparalysis.system.OnPostgres;
import com.nyfacialparalysis.testsupport.UsesPostgres;

/**
 * The inbox's pages and search of {@link InboxPagesTest} on a real PostgreSQL, with its
 * own prefix indexes (db/vendor/postgresql): the same requests, in the same order.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@UsesPostgres
class InboxPagesOnPostgresTest extends InboxPagesTest {

	@BeforeAll
	static void needsPostgres() {
		OnPostgres.require();
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		OnPostgres.register(registry);
	}

}
