package org.plumbline.schedule;

import org.plumbline.testsupport.PostgresTest;

@PostgresTest
class OwnUnavailabilityPostgresTest extends OwnUnavailabilityTest {

}
