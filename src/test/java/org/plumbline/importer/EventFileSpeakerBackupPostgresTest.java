package org.plumbline.importer;

import org.plumbline.testsupport.PostgresTest;

/** {@link EventFileSpeakerBackupTest} on PostgreSQL, in a schema of its own. */
@PostgresTest
class EventFileSpeakerBackupPostgresTest extends EventFileSpeakerBackupTest {

}
