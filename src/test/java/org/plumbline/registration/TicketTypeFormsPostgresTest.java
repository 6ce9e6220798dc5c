package org.plumbline.registration;

import org.plumbline.testsupport.PostgresTest;

/** {@link TicketTypeFormsTest} on PostgreSQL. */
@PostgresTest
class TicketTypeFormsPostgresTest extends TicketTypeFormsTest {

}
