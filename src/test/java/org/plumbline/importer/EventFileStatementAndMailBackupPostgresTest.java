package org.plumbline.importer;

import org.plumbline.testsupport.PostgresTest;

/** {@link EventFileStatementAndMailBackupTest} on PostgreSQL, in a schema of its own. */
@PostgresTest
class EventFileStatementAndMailBackupPostgresTest extends EventFileStatementAndMailBackupTest {

}
