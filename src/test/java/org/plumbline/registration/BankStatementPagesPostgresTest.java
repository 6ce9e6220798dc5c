package org.plumbline.registration;

import org.plumbline.testsupport.PostgresTest;

/** {@link BankStatementPagesTest} on PostgreSQL. */
@PostgresTest
class BankStatementPagesPostgresTest extends BankStatementPagesTest {

}
