package com.nyfacialparalysis.calls;

import com.nyfacialparalysis.testsupport.OnPostgres;

/**
 * The call log of {@link CallLogTest} on a real PostgreSQL.
 */
@OnPostgres
class CallLogOnPostgresTest extends CallLogTest {

}
