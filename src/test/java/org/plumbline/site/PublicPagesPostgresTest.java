package org.plumbline.site;

import org.plumbline.testsupport.PostgresTest;

/** {@link PublicPagesTest} on PostgreSQL, the demo imported into a schema of its own. */
@PostgresTest
class PublicPagesPostgresTest extends PublicPagesTest {

}
