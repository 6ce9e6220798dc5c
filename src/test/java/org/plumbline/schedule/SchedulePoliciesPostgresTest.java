package org.plumbline.schedule;

import org.plumbline.testsupport.PostgresTest;

/** {@link SchedulePoliciesTest} on PostgreSQL. */
@PostgresTest
class SchedulePoliciesPostgresTest extends SchedulePoliciesTest {

}
