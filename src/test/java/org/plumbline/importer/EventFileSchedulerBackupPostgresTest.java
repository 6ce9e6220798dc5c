package org.plumbline.importer;

import org.plumbline.testsupport.PostgresTest;

/** {@link EventFileSchedulerBackupTest} on PostgreSQL, in a schema of its own. */
@PostgresTest
class EventFileSchedulerBackupPostgresTest extends EventFileSchedulerBackupTest {

}
