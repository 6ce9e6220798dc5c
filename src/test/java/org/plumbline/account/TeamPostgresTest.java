package org.plumbline.account;

import org.plumbline.testsupport.PostgresTest;

@PostgresTest
class TeamPostgresTest extends TeamTest {

}
