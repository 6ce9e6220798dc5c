package org.plumbline.importer;

import org.plumbline.testsupport.PostgresTest;

/** {@link EventFileNotCarriedTest} on PostgreSQL, in a schema of its own. */
@PostgresTest
class EventFileNotCarriedPostgresTest extends EventFileNotCarriedTest {

}
