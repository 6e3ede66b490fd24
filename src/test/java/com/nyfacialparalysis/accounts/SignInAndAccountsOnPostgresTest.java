package com.nyfacialparalysis.accounts;

import com.nyfacialparalysis.testsupport.OnPostgres;

/**
 * The same checks as {@link SignInAndAccountsTest}, against a real PostgreSQL. It shares
 * one application (and its schema) with the other tests of the shared site on PostgreSQL.
 */
@OnPostgres
class SignInAndAccountsOnPostgresTest extends SignInAndAccountsTest {

}
