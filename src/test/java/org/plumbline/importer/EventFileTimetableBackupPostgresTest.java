package org.plumbline.importer;

import org.plumbline.testsupport.PostgresTest;

/** {@link EventFileTimetableBackupTest} on PostgreSQL, in a schema of its own. */
@PostgresTest
class EventFileTimetableBackupPostgresTest extends EventFileTimetableBackupTest {

}
