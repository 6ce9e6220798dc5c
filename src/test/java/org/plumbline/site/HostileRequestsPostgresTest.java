package org.plumbline.site;

import org.plumbline.testsupport.PostgresTest;

/** {@link HostileRequestsTest} on PostgreSQL. */
@PostgresTest
class HostileRequestsPostgresTest extends HostileRequestsTest {

}
