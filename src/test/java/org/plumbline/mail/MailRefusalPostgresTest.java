package org.plumbline.mail;

import org.plumbline.testsupport.PostgresTest;

/** {@link MailRefusalTest} on PostgreSQL. */
@PostgresTest
class MailRefusalPostgresTest extends MailRefusalTest {

}
