package org.plumbline.account.domain;

import java.time.Instant;

/** An account as stored. */
public record AccountRow(long id, String email, String passwordHash, String displayName, Long personId,
		Instant emailVerifiedAt) {

	public boolean verified() {
		return emailVerifiedAt != null;
	}

}
