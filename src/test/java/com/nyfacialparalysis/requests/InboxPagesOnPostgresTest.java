package com.nyfacialparalysis.requests;

import org.springframework.test.annotation.DirtiesContext;

import com.nyfacialparalysis.testsupport.OnPostgres;

/**
 * The inbox's pages and search of {@link InboxPagesTest} on a real PostgreSQL, with its
 * own prefix indexes (db/vendor/postgresql): the same requests, in the same order. Its
 * settings are its own, so its application is too: closed after its tests, so that its
 * connections go back to the shared server.
 */
@OnPostgres
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class InboxPagesOnPostgresTest extends InboxPagesTest {

}
