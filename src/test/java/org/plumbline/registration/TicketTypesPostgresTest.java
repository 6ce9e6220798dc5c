package org.plumbline.registration;

import org.plumbline.testsupport.PostgresTest;

/** {@link TicketTypesTest} on PostgreSQL. */
@PostgresTest
class TicketTypesPostgresTest extends TicketTypesTest {

}
