package org.plumbline.registration;

import org.plumbline.testsupport.PostgresTest;

/** The same hostile input, stored in and read back from PostgreSQL, shown in Chromium. */
@PostgresTest
class HostileRegistrationInputBrowserPostgresTest extends HostileRegistrationInputBrowserTest {

}
