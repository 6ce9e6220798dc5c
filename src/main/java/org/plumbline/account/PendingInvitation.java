package org.plumbline.account;

import java.time.Instant;

/** An invitation to a role, mailed to an address without an account, not yet accepted. */
public record PendingInvitation(long id, long eventId, String email, EventRole role, Long microconferenceId,
		Instant createdAt, Instant expiresAt) {
}
