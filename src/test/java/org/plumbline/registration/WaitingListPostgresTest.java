package org.plumbline.registration;

import org.plumbline.testsupport.PostgresTest;

/** {@link WaitingListTest} on PostgreSQL. */
@PostgresTest
class WaitingListPostgresTest extends WaitingListTest {

}
