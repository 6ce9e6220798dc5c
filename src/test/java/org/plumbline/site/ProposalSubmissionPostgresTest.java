package org.plumbline.site;

import org.plumbline.testsupport.PostgresTest;

@PostgresTest
class ProposalSubmissionPostgresTest extends ProposalSubmissionTest {

}
