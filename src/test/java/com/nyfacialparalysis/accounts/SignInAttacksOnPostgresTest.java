package com.nyfacialparalysis.accounts;

import com.nyfacialparalysis.testsupport.OnPostgres;

/**
 * The same attacks as {@link SignInAttacksOverHttpTest}, against a real PostgreSQL: the
 * throttle's check and count, and the audit's count of repeated refusals, hold there too.
 * It shares one application (and its schema) with the other tests of the shared site on
 * PostgreSQL.
 */
@OnPostgres
class SignInAttacksOnPostgresTest extends SignInAttacksOverHttpTest {

}
