package com.nyfacialparalysis.desk;

import com.nyfacialparalysis.testsupport.OnPostgres;

/**
 * The same checks as {@link CallBackLanguageTest}, against a real PostgreSQL: the
 * call-back language and the interpreter stored, shown, filtered, exported and counted
 * there too.
 */
@OnPostgres
class CallBackLanguageOnPostgresTest extends CallBackLanguageTest {

}
