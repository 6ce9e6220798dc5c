package org.plumbline.schedule;

import org.plumbline.testsupport.PostgresTest;

@PostgresTest
class SchedulerConflictCountsPostgresTest extends SchedulerConflictCountsTest {

}
