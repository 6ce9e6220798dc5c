package org.plumbline.review;

import org.plumbline.testsupport.PostgresTest;

/** {@link ReviewedTopicCountTest} on PostgreSQL. */
@PostgresTest
class ReviewedTopicCountPostgresTest extends ReviewedTopicCountTest {

}
