package org.plumbline.export.api;

import org.plumbline.testsupport.PostgresTest;

@PostgresTest
class EventApiPostgresTest extends EventApiTest {

}
