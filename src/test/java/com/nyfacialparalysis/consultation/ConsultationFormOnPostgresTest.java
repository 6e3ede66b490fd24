package com.nyfacialparalysis.consultation;

import com.nyfacialparalysis.testsupport.OnPostgres;

/**
 * The same checks as {@link ConsultationFormTest}, against a real PostgreSQL.
 */
@OnPostgres
class ConsultationFormOnPostgresTest extends ConsultationFormTest {

}
