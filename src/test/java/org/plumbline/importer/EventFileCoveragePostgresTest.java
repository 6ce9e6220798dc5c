package org.plumbline.importer;

import org.plumbline.testsupport.PostgresTest;

/** {@link EventFileCoverageTest} on PostgreSQL's catalogue, in a schema of its own. */
@PostgresTest
class EventFileCoveragePostgresTest extends EventFileCoverageTest {

}
