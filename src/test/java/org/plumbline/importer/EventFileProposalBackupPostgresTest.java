package org.plumbline.importer;

import org.plumbline.testsupport.PostgresTest;

/** {@link EventFileProposalBackupTest} on PostgreSQL, in a schema of its own. */
@PostgresTest
class EventFileProposalBackupPostgresTest extends EventFileProposalBackupTest {

}
