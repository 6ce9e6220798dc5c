package org.plumbline.site;

import org.plumbline.testsupport.PostgresTest;

/** {@link ProblemJsonErrorsTest} on PostgreSQL. */
@PostgresTest
class ProblemJsonErrorsPostgresTest extends ProblemJsonErrorsTest {

}
