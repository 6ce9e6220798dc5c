package org.plumbline.people;

import org.plumbline.testsupport.PostgresTest;

/**
 * {@link PersonMergeCatalogueTest} on PostgreSQL, whose catalogue lives in the test's own
 * schema.
 */
@PostgresTest
class PersonMergeCataloguePostgresTest extends PersonMergeCatalogueTest {

}
