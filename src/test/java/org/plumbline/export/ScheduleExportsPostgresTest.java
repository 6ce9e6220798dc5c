package org.plumbline.export;

import org.plumbline.testsupport.PostgresTest;

@PostgresTest
class ScheduleExportsPostgresTest extends ScheduleExportsTest {

}
