package org.plumbline.recording;

import org.plumbline.testsupport.PostgresTest;

/** {@link RecordingPagesTest} on PostgreSQL. */
@PostgresTest
class RecordingPagesPostgresTest extends RecordingPagesTest {

}
