package org.plumbline.schedule;

import org.plumbline.testsupport.PostgresTest;

/** {@link ReleasedElsewhereTest} on PostgreSQL, in a schema of its own. */
@PostgresTest
class ReleasedElsewherePostgresTest extends ReleasedElsewhereTest {

}
