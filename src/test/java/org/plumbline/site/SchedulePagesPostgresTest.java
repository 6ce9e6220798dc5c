package org.plumbline.site;

import org.plumbline.testsupport.PostgresTest;

@PostgresTest
class SchedulePagesPostgresTest extends SchedulePagesTest {

}
