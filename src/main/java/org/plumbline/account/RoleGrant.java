package org.plumbline.account;

import java.time.Instant;

/**
 * A role that an account holds in an event.
 *
 * @param microconferenceId the MC a reviewer reviews, or null
 * @param plainTrackId the plain track a reviewer reviews, or null
 */
public record RoleGrant(long id, long eventId, long accountId, String displayName, String email, EventRole role,
		Long microconferenceId, Long plainTrackId, Instant grantedAt) {
}
