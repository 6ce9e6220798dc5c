package org.plumbline.schedule;

import org.plumbline.testsupport.PostgresTest;

/** {@link UnavailabilityTest} on PostgreSQL. */
@PostgresTest
class UnavailabilityPostgresTest extends UnavailabilityTest {

}
