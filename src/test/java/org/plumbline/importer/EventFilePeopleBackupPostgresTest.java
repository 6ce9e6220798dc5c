package org.plumbline.importer;

import org.plumbline.testsupport.PostgresTest;

/** {@link EventFilePeopleBackupTest} on PostgreSQL, in a schema of its own. */
@PostgresTest
class EventFilePeopleBackupPostgresTest extends EventFilePeopleBackupTest {

}
