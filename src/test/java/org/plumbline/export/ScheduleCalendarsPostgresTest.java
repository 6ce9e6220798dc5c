package org.plumbline.export;

import org.plumbline.testsupport.PostgresTest;

@PostgresTest
class ScheduleCalendarsPostgresTest extends ScheduleCalendarsTest {

}
