package org.plumbline.material;

import org.plumbline.testsupport.PostgresTest;

@PostgresTest
class MaterialPagesPostgresTest extends MaterialPagesTest {

}
