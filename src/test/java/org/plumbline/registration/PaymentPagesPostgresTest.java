package org.plumbline.registration;

import org.plumbline.testsupport.PostgresTest;

/** {@link PaymentPagesTest} on PostgreSQL. */
@PostgresTest
class PaymentPagesPostgresTest extends PaymentPagesTest {

}
