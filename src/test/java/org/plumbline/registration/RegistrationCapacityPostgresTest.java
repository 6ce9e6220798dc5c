package org.plumbline.registration;

import org.plumbline.testsupport.PostgresTest;

/** {@link RegistrationCapacityTest} on PostgreSQL. */
@PostgresTest
class RegistrationCapacityPostgresTest extends RegistrationCapacityTest {

}
