package org.plumbline.schedule;

import org.plumbline.testsupport.PostgresTest;

@PostgresTest
class EventRunsPostgresTest extends EventRunsTest {

}
