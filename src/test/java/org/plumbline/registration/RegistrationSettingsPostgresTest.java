package org.plumbline.registration;

import org.plumbline.testsupport.PostgresTest;

/** {@link RegistrationSettingsTest} on PostgreSQL. */
@PostgresTest
class RegistrationSettingsPostgresTest extends RegistrationSettingsTest {

}
