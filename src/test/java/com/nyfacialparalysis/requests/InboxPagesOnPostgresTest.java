package com.nyfacialparalysis.requests;

import com.nyfacialparalysis.testsupport.OnPostgres;

/**
 * The inbox's pages and search of {@link InboxPagesTest} on a real PostgreSQL, with its
 * own prefix indexes (db/vendor/postgresql): the same requests, in the same order, on the
 * site the other {@code *OnPostgresTest} classes share.
 */
@OnPostgres
class InboxPagesOnPostgresTest extends InboxPagesTest {

}
