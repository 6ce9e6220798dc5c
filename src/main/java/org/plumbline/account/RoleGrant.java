package org.plumbline.account;

import java.time.Instant;

/**
 * A role that an account holds in an event.
 *
 * @param microconferenceId the MC a reviewer reviews, or null for an organiser
 */
public record RoleGrant(long id, long eventId, long accountId, String displayName, String email, EventRole role,
		Long microconferenceId, Instant grantedAt) {
}
