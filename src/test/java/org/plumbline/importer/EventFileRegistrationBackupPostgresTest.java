package org.plumbline.importer;

import org.plumbline.testsupport.PostgresTest;

/** {@link EventFileRegistrationBackupTest} on PostgreSQL, in a schema of its own. */
@PostgresTest
class EventFileRegistrationBackupPostgresTest extends EventFileRegistrationBackupTest {

}
