package org.plumbline.registration;

import org.plumbline.testsupport.PostgresTest;

/** {@link RegistrationQuestionsTest} on PostgreSQL. */
@PostgresTest
class RegistrationQuestionsPostgresTest extends RegistrationQuestionsTest {

}
