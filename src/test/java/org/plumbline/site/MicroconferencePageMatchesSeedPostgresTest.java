package org.plumbline.site;

import org.plumbline.testsupport.PostgresTest;

/**
 * {@link MicroconferencePageMatchesSeedTest} on PostgreSQL: the page read back from that
 * database.
 */
@PostgresTest
class MicroconferencePageMatchesSeedPostgresTest extends MicroconferencePageMatchesSeedTest {

}
