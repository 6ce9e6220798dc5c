package org.plumbline.material;

import org.plumbline.testsupport.PostgresTest;

/** {@link FeedbackVisibilityTest} on PostgreSQL. */
@PostgresTest
class FeedbackVisibilityPostgresTest extends FeedbackVisibilityTest {

}
