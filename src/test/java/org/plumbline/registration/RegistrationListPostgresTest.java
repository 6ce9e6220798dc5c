package org.plumbline.registration;

import org.plumbline.testsupport.PostgresTest;

/** {@link RegistrationListTest} on PostgreSQL. */
@PostgresTest
class RegistrationListPostgresTest extends RegistrationListTest {

}
