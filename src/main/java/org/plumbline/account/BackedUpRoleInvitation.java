package org.plumbline.account;

import java.time.Instant;

/**
 * An invitation to a role in an event, open or not, as stored, with the accounts by their
 * ids.
 *
 * @param microconferenceId the MC a reviewer is invited to review, or {@code null}
 * @param plainTrackId the plain track a reviewer is invited to review, or {@code null}
 * @param tokenSha256 the SHA-256 of the mailed link's token, in hex: never the token
 * @param invitedBy the account that invited, or {@code null}
 * @param acceptedAt when it was accepted, or {@code null}
 * @param acceptedBy the account that accepted it, or {@code null}
 * @param revokedAt when it was withdrawn, or {@code null}
 */
public record BackedUpRoleInvitation(String email, EventRole role, Long microconferenceId, Long plainTrackId,
		String tokenSha256, Long invitedBy, Instant createdAt, Instant expiresAt, Instant acceptedAt, Long acceptedBy,
		Instant revokedAt) {
}
