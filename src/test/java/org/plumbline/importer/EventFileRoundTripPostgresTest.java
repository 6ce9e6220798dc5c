package org.plumbline.importer;

import org.plumbline.testsupport.PostgresTest;

/** {@link EventFileRoundTripTest} on PostgreSQL, in a schema of its own. */
@PostgresTest
class EventFileRoundTripPostgresTest extends EventFileRoundTripTest {

}
