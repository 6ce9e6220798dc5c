package org.plumbline.importer;

import org.plumbline.testsupport.PostgresTest;

/**
 * {@link EventFilePassAndWaitingListBackupTest} on PostgreSQL, in a schema of its own.
 */
@PostgresTest
class EventFilePassAndWaitingListBackupPostgresTest extends EventFilePassAndWaitingListBackupTest {

}
