package org.plumbline.schedule;

import org.plumbline.testsupport.PostgresTest;

/** {@link InterestCountTest} on PostgreSQL. */
@PostgresTest
class InterestCountPostgresTest extends InterestCountTest {

}
