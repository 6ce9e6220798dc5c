package org.plumbline.schedule;

import org.plumbline.testsupport.PostgresTest;

/** {@link McTimePreferencesTest} on PostgreSQL. */
@PostgresTest
class McTimePreferencesPostgresTest extends McTimePreferencesTest {

}
