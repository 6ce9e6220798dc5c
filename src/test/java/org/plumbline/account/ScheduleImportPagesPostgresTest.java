package org.plumbline.account;

import org.plumbline.testsupport.PostgresTest;

/** {@link ScheduleImportPagesTest} on PostgreSQL, in a schema of its own. */
@PostgresTest
class ScheduleImportPagesPostgresTest extends ScheduleImportPagesTest {

}
