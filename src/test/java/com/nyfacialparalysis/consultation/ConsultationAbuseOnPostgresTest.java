package com.nyfacialparalysis.consultation;

import org.junit.jupiter.api.BeforeAll;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.nyfacialparalysis.system.OnPostgres;
import com.nyfacialparalysis.testsupport.UsesPostgres;

/**
 * The same checks as {@link ConsultationAbuseTest}, against a real PostgreSQL.
 */
@UsesPostgres
class ConsultationAbuseOnPostgresTest extends ConsultationAbuseTest {

	@BeforeAll
	static void needsPostgres() {
		OnPostgres.require();
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		OnPostgres.register(registry);
	}

}
