package org.plumbline.account;

import org.plumbline.testsupport.PostgresTest;

@PostgresTest
class TrackReviewerPostgresTest extends TrackReviewerTest {

}
