package org.plumbline.importer;

import org.plumbline.testsupport.PostgresTest;

/** {@link EventFileCallBackupTest} on PostgreSQL, in a schema of its own. */
@PostgresTest
class EventFileCallBackupPostgresTest extends EventFileCallBackupTest {

}
