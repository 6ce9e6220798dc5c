package org.plumbline.schedule;

import org.plumbline.testsupport.PostgresTest;

/** {@link SchedulerWeightsTest} on PostgreSQL. */
@PostgresTest
class SchedulerWeightsPostgresTest extends SchedulerWeightsTest {

}
