package org.plumbline.people;

import org.plumbline.testsupport.PostgresTest;

/** {@link PersonMergeTest} on PostgreSQL: row locks, savepoints and its catalogue. */
@PostgresTest
class PersonMergePostgresTest extends PersonMergeTest {

}
