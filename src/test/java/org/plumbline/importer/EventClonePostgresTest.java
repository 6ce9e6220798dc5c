package org.plumbline.importer;

import org.plumbline.testsupport.PostgresTest;

/** {@link EventCloneTest} on PostgreSQL. */
@PostgresTest
class EventClonePostgresTest extends EventCloneTest {

}
