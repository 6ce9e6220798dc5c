package org.plumbline.importer;

import org.plumbline.testsupport.PostgresTest;

/** {@link EventFileImportTest} on PostgreSQL, in a schema of its own. */
@PostgresTest
class EventFileImportPostgresTest extends EventFileImportTest {

}
