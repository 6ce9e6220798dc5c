package org.plumbline.registration;

import org.plumbline.testsupport.PostgresTest;

/** {@link WaitingTierPagesTest} on PostgreSQL. */
@PostgresTest
class WaitingTierPagesPostgresTest extends WaitingTierPagesTest {

}
