package org.plumbline.account;

import org.plumbline.testsupport.PostgresTest;

@PostgresTest
class FormOpenedTwiceAtOncePostgresTest extends FormOpenedTwiceAtOnceTest {

}
