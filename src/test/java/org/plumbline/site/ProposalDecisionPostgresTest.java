package org.plumbline.site;

import org.plumbline.testsupport.PostgresTest;

@PostgresTest
class ProposalDecisionPostgresTest extends ProposalDecisionTest {

}
