package org.plumbline.registration;

import org.plumbline.testsupport.PostgresTest;

/** {@link WaitingTierStandingsTest} on PostgreSQL. */
@PostgresTest
class WaitingTierStandingsPostgresTest extends WaitingTierStandingsTest {

}
