package org.plumbline.account.domain;

import org.plumbline.testsupport.PostgresTest;

@PostgresTest
class SignUpClientLimitPostgresTest extends SignUpClientLimitTest {

}
