package org.plumbline.importer;

import org.plumbline.testsupport.PostgresTest;

/** {@link EventFileImportErrorsTest} on PostgreSQL, in a schema of its own. */
@PostgresTest
class EventFileImportErrorsPostgresTest extends EventFileImportErrorsTest {

}
