package org.plumbline.importer;

import org.plumbline.testsupport.PostgresTest;

/** {@link EventFileSolverRunBackupTest} on PostgreSQL, in a schema of its own. */
@PostgresTest
class EventFileSolverRunBackupPostgresTest extends EventFileSolverRunBackupTest {

}
