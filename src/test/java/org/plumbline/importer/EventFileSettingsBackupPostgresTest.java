package org.plumbline.importer;

import org.plumbline.testsupport.PostgresTest;

/** {@link EventFileSettingsBackupTest} on PostgreSQL, in a schema of its own. */
@PostgresTest
class EventFileSettingsBackupPostgresTest extends EventFileSettingsBackupTest {

}
