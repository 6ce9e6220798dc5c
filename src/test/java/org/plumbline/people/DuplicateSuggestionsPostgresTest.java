package org.plumbline.people;

import org.plumbline.testsupport.PostgresTest;

/** {@link DuplicateSuggestionsTest} on PostgreSQL. */
@PostgresTest
class DuplicateSuggestionsPostgresTest extends DuplicateSuggestionsTest {

}
