package org.plumbline.generator;

import org.plumbline.testsupport.PostgresTest;

/** {@link SampleEventsTest} on PostgreSQL. */
@PostgresTest
class SampleEventsPostgresTest extends SampleEventsTest {

}
