package org.plumbline.overview;

import org.plumbline.testsupport.PostgresTest;

/** {@link OverviewTest} on PostgreSQL. */
@PostgresTest
class OverviewPostgresTest extends OverviewTest {

}
