package org.plumbline.schedule;

import org.plumbline.testsupport.PostgresTest;

@PostgresTest
class PlacingTalksAtOncePostgresTest extends PlacingTalksAtOnceTest {

}
