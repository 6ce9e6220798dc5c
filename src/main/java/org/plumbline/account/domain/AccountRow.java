package org.plumbline.account.domain;

import java.time.Instant;

/** An account as stored. */
record AccountRow(long id, String email, String passwordHash, String displayName, Long personId,
		Instant emailVerifiedAt) {

	boolean verified() {
		return emailVerifiedAt != null;
	}

}
