package org.plumbline.export;

import org.plumbline.testsupport.PostgresTest;

@PostgresTest
class AgendaFeedPostgresTest extends AgendaFeedTest {

}
