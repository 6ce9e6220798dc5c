package org.plumbline.material;

import org.plumbline.testsupport.PostgresTest;

/** The same hostile input, stored in and read back from PostgreSQL, shown in Chromium. */
@PostgresTest
class HostileFeedbackInputBrowserPostgresTest extends HostileFeedbackInputBrowserTest {

}
