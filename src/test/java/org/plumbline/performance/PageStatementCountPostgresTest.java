package org.plumbline.performance;

import org.plumbline.testsupport.PostgresTest;

/** {@link PageStatementCountTest} on PostgreSQL. */
@PostgresTest
class PageStatementCountPostgresTest extends PageStatementCountTest {

}
