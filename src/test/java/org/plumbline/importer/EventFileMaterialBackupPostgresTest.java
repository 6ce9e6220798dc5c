package org.plumbline.importer;

import org.plumbline.testsupport.PostgresTest;

/** {@link EventFileMaterialBackupTest} on PostgreSQL, in a schema of its own. */
@PostgresTest
class EventFileMaterialBackupPostgresTest extends EventFileMaterialBackupTest {

}
