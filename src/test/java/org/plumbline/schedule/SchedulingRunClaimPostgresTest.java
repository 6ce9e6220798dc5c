package org.plumbline.schedule;

import org.plumbline.testsupport.PostgresTest;

@PostgresTest
class SchedulingRunClaimPostgresTest extends SchedulingRunClaimTest {

}
