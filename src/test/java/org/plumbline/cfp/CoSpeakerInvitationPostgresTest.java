package org.plumbline.cfp;

import org.plumbline.testsupport.PostgresTest;

@PostgresTest
class CoSpeakerInvitationPostgresTest extends CoSpeakerInvitationTest {

}
