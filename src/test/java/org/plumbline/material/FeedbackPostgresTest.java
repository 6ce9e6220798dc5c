package org.plumbline.material;

import org.plumbline.testsupport.PostgresTest;

/** {@link FeedbackTest} on PostgreSQL. */
@PostgresTest
class FeedbackPostgresTest extends FeedbackTest {

}
