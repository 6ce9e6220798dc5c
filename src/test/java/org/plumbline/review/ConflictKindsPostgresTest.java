package org.plumbline.review;

import org.plumbline.testsupport.PostgresTest;

@PostgresTest
class ConflictKindsPostgresTest extends ConflictKindsTest {

}
