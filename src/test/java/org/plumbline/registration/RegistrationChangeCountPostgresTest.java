package org.plumbline.registration;

import org.plumbline.testsupport.PostgresTest;

/** {@link RegistrationChangeCountTest} on PostgreSQL. */
@PostgresTest
class RegistrationChangeCountPostgresTest extends RegistrationChangeCountTest {

}
