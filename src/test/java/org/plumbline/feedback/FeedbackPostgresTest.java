package org.plumbline.feedback;

import org.plumbline.testsupport.PostgresTest;

/** {@link FeedbackTest} on PostgreSQL. */
@PostgresTest
class FeedbackPostgresTest extends FeedbackTest {

}
