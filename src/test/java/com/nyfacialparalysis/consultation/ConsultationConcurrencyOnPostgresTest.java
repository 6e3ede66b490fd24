package com.nyfacialparalysis.consultation;

import com.nyfacialparalysis.testsupport.OnPostgres;

/**
 * The same checks as {@link ConsultationConcurrencyTest}, against a real PostgreSQL.
 */
@OnPostgres
class ConsultationConcurrencyOnPostgresTest extends ConsultationConcurrencyTest {

}
