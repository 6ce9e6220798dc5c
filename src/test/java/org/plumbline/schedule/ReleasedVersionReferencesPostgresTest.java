package org.plumbline.schedule;

import org.plumbline.testsupport.PostgresTest;

/** {@link ReleasedVersionReferencesTest} on PostgreSQL, in a schema of its own. */
@PostgresTest
class ReleasedVersionReferencesPostgresTest extends ReleasedVersionReferencesTest {

}
