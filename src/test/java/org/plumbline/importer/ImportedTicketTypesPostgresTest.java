package org.plumbline.importer;

import org.plumbline.testsupport.PostgresTest;

/** {@link ImportedTicketTypesTest} on PostgreSQL. */
@PostgresTest
class ImportedTicketTypesPostgresTest extends ImportedTicketTypesTest {

}
