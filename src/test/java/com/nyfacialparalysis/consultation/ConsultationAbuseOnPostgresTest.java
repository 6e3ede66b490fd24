package com.nyfacialparalysis.consultation;

import com.nyfacialparalysis.testsupport.OnPostgres;

/**
 * The same checks as {@link ConsultationAbuseTest}, against a real PostgreSQL, on the
 * site the other {@code *OnPostgresTest} classes share.
 */
@OnPostgres
class ConsultationAbuseOnPostgresTest extends ConsultationAbuseTest {

}
