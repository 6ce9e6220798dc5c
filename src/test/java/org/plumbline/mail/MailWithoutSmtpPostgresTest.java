package org.plumbline.mail;

import org.plumbline.testsupport.PostgresTest;

/** {@link MailWithoutSmtpTest} on PostgreSQL. */
@PostgresTest
class MailWithoutSmtpPostgresTest extends MailWithoutSmtpTest {

}
