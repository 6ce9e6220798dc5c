package org.plumbline.registration;

import org.plumbline.testsupport.PostgresTest;

/** {@link RegistrationExpiryTest} on PostgreSQL. */
@PostgresTest
class RegistrationExpiryPostgresTest extends RegistrationExpiryTest {

}
