package org.plumbline.importer;

import org.plumbline.testsupport.PostgresTest;

/**
 * {@link EventFileFeedbackAndInterestBackupTest} on PostgreSQL, in a schema of its own.
 */
@PostgresTest
class EventFileFeedbackAndInterestBackupPostgresTest extends EventFileFeedbackAndInterestBackupTest {

}
