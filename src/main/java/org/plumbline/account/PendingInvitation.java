package org.plumbline.account;

import java.time.Instant;

/**
 * An invitation to a role, mailed to an address without an account, not yet accepted.
 *
 * @param microconferenceId the MC a reviewer would review, or null
 * @param plainTrackId the plain track a reviewer would review, or null
 */
public record PendingInvitation(long id, long eventId, String email, EventRole role, Long microconferenceId,
		Long plainTrackId, Instant createdAt, Instant expiresAt) {
}
