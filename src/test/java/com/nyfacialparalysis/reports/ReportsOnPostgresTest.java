package com.nyfacialparalysis.reports;

import com.nyfacialparalysis.testsupport.OnPostgres;

/**
 * The same figures as {@link ReportsTest}, counted by a real PostgreSQL (its
 * percentile_cont, its time zones), on the site the other {@code *OnPostgresTest} classes
 * share.
 */
@OnPostgres
class ReportsOnPostgresTest extends ReportsTest {

}
