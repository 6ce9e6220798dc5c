package org.plumbline.importer;

import org.plumbline.testsupport.PostgresTest;

/** {@link EventFileTeamBackupTest} on PostgreSQL, in a schema of its own. */
@PostgresTest
class EventFileTeamBackupPostgresTest extends EventFileTeamBackupTest {

}
