package org.plumbline.registration;

import org.plumbline.testsupport.PostgresTest;

/** {@link RegistrationPagesTest} on PostgreSQL. */
@PostgresTest
class RegistrationPagesPostgresTest extends RegistrationPagesTest {

}
