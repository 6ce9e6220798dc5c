package org.plumbline.registration;

import org.plumbline.testsupport.PostgresTest;

/** {@link HostileBankStatementBrowserTest} on PostgreSQL. */
@PostgresTest
class HostileBankStatementBrowserPostgresTest extends HostileBankStatementBrowserTest {

}
