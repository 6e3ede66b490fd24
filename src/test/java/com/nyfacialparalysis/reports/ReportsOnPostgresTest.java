package com.nyfacialparalysis.reports;

import org.springframework.test.annotation.DirtiesContext;

import com.nyfacialparalysis.testsupport.OnPostgres;

/**
 * The same figures as {@link ReportsTest}, counted by a real PostgreSQL (its
 * percentile_cont, its time zones). Its settings are its own, so its application is too:
 * closed after its tests, so that its connections go back to the shared server.
 */
@OnPostgres
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ReportsOnPostgresTest extends ReportsTest {

}
