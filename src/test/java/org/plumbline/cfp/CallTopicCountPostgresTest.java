package org.plumbline.cfp;

import org.plumbline.testsupport.PostgresTest;

/** {@link CallTopicCountTest} on PostgreSQL. */
@PostgresTest
class CallTopicCountPostgresTest extends CallTopicCountTest {

}
