package org.plumbline.registration;

import org.plumbline.testsupport.PostgresTest;

/** {@link SaleStatusTest} on PostgreSQL. */
@PostgresTest
class SaleStatusPostgresTest extends SaleStatusTest {

}
