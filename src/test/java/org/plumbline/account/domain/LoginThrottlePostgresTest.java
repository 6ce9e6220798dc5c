package org.plumbline.account.domain;

import org.plumbline.testsupport.PostgresTest;

@PostgresTest
class LoginThrottlePostgresTest extends LoginThrottleTest {

}
