package org.plumbline.mail;

import org.plumbline.testsupport.PostgresTest;

/** {@link MailTemplatesTest} on PostgreSQL. */
@PostgresTest
class MailTemplatesPostgresTest extends MailTemplatesTest {

}
