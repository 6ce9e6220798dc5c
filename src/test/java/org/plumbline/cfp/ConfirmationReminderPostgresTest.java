package org.plumbline.cfp;

import org.plumbline.testsupport.PostgresTest;

@PostgresTest
class ConfirmationReminderPostgresTest extends ConfirmationReminderTest {

}
