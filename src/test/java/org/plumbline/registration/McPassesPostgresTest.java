package org.plumbline.registration;

import org.plumbline.testsupport.PostgresTest;

/** {@link McPassesTest} on PostgreSQL. */
@PostgresTest
class McPassesPostgresTest extends McPassesTest {

}
