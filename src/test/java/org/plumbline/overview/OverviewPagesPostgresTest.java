package org.plumbline.overview;

import org.plumbline.testsupport.PostgresTest;

/** {@link OverviewPagesTest} on PostgreSQL. */
@PostgresTest
class OverviewPagesPostgresTest extends OverviewPagesTest {

}
