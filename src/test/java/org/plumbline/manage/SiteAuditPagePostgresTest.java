package org.plumbline.manage;

import org.plumbline.testsupport.PostgresTest;

@PostgresTest
class SiteAuditPagePostgresTest extends SiteAuditPageTest {

}
