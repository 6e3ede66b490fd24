package com.nyfacialparalysis.calls;

import org.junit.jupiter.api.BeforeAll;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.nyfacialparalysis.system.OnPostgres;
import com.nyfacialparalysis.testsupport.UsesPostgres;

/**
 * The call log of {@link CallLogTest} on a real PostgreSQL.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@UsesPostgres
class CallLogOnPostgresTest extends CallLogTest {

	@BeforeAll
	static void needsPostgres() {
		OnPostgres.require();
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		OnPostgres.register(registry);
	}

}
