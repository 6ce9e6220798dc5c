package org.plumbline.schedule;

import org.plumbline.testsupport.PostgresTest;

/** {@link InterestPairCountTest} on PostgreSQL. */
@PostgresTest
class InterestPairCountPostgresTest extends InterestPairCountTest {

}
