package org.plumbline.schedule;

import org.plumbline.testsupport.PostgresTest;

/** {@link InterestTest} on PostgreSQL. */
@PostgresTest
class InterestPostgresTest extends InterestTest {

}
