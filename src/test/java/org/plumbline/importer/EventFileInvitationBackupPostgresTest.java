package org.plumbline.importer;

import org.plumbline.testsupport.PostgresTest;

/** {@link EventFileInvitationBackupTest} on PostgreSQL, in a schema of its own. */
@PostgresTest
class EventFileInvitationBackupPostgresTest extends EventFileInvitationBackupTest {

}
