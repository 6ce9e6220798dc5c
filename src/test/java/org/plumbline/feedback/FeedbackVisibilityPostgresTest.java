package org.plumbline.feedback;

import org.plumbline.testsupport.PostgresTest;

/** {@link FeedbackVisibilityTest} on PostgreSQL. */
@PostgresTest
class FeedbackVisibilityPostgresTest extends FeedbackVisibilityTest {

}
