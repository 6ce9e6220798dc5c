package org.plumbline.importer;

import org.plumbline.testsupport.PostgresTest;

/** {@link ScheduleImportTest} on PostgreSQL, in a schema of its own. */
@PostgresTest
class ScheduleImportPostgresTest extends ScheduleImportTest {

}
