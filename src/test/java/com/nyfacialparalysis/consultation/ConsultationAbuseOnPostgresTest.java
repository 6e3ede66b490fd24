package com.nyfacialparalysis.consultation;

import org.springframework.test.annotation.DirtiesContext;

import com.nyfacialparalysis.testsupport.OnPostgres;

/**
 * The same checks as {@link ConsultationAbuseTest}, against a real PostgreSQL. Its
 * settings are its own, so its application is too: closed after its tests, so that its
 * connections go back to the shared server.
 */
@OnPostgres
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ConsultationAbuseOnPostgresTest extends ConsultationAbuseTest {

}
