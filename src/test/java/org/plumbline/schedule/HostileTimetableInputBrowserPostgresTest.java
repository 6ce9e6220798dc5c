package org.plumbline.schedule;

import org.plumbline.testsupport.PostgresTest;

/** The same hostile input, stored in and read back from PostgreSQL, shown in Chromium. */
@PostgresTest
class HostileTimetableInputBrowserPostgresTest extends HostileTimetableInputBrowserTest {

}
