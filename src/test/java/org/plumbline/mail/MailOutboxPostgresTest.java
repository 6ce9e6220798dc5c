package org.plumbline.mail;

import org.plumbline.testsupport.PostgresTest;

/**
 * {@link MailOutboxTest} on PostgreSQL: replacement of drafts and
 * {@code FOR UPDATE SKIP LOCKED} claiming on the production database.
 */
@PostgresTest
class MailOutboxPostgresTest extends MailOutboxTest {

}
