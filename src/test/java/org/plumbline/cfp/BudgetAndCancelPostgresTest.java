package org.plumbline.cfp;

import org.plumbline.testsupport.PostgresTest;

@PostgresTest
class BudgetAndCancelPostgresTest extends BudgetAndCancelTest {

}
