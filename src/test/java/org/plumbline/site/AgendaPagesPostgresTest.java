package org.plumbline.site;

import org.plumbline.testsupport.PostgresTest;

/** {@link AgendaPagesTest} on PostgreSQL. */
@PostgresTest
class AgendaPagesPostgresTest extends AgendaPagesTest {

}
