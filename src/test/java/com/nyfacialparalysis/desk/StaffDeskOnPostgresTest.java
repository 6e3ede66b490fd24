package com.nyfacialparalysis.desk;

import com.nyfacialparalysis.testsupport.OnPostgres;

/**
 * The same checks as {@link StaffDeskTest}, against a real PostgreSQL. It shares one
 * application (and its schema) with the other tests of the shared site on PostgreSQL.
 */
@OnPostgres
class StaffDeskOnPostgresTest extends StaffDeskTest {

}
