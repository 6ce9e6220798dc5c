package org.plumbline.account;

import org.plumbline.testsupport.PostgresTest;

/** {@link OperationsEndpointsTest} on PostgreSQL. */
@PostgresTest
class OperationsEndpointsPostgresTest extends OperationsEndpointsTest {

}
