package org.plumbline.account;

import java.time.Instant;

/**
 * A role granted in an event, as stored, with the accounts by their ids.
 *
 * @param microconferenceId the MC a reviewer reviews, or {@code null}
 * @param plainTrackId the plain track a reviewer reviews, or {@code null}
 * @param grantedBy the account that granted it, or {@code null}
 */
public record BackedUpRole(long accountId, EventRole role, Long microconferenceId, Long plainTrackId, Long grantedBy,
		Instant grantedAt) {
}
