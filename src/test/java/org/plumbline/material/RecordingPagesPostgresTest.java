package org.plumbline.material;

import org.plumbline.testsupport.PostgresTest;

/** {@link RecordingPagesTest} on PostgreSQL. */
@PostgresTest
class RecordingPagesPostgresTest extends RecordingPagesTest {

}
