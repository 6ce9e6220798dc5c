package org.plumbline.cfp;

import java.time.Instant;

import org.plumbline.cfp.CoSpeakerInvitation.State;

/**
 * An invitation to speak on a topic, open or closed, as stored, with the accounts by
 * their ids.
 *
 * @param tokenSha256 the SHA-256 of the mailed link's token, in hex: never the token
 * @param invitedBy the account that invited, or {@code null}
 * @param closedAt when it was closed, or {@code null} while open
 * @param outcome how it was closed ({@code ACCEPTED}, {@code DECLINED}, {@code REVOKED}
 * or {@code EXPIRED}), or {@code null} while open
 * @param answeredBy the account that closed it, or {@code null}
 */
public record BackedUpCoSpeakerInvitation(long topicId, String email, String tokenSha256, Long invitedBy,
		Instant createdAt, Instant expiresAt, Instant closedAt, State outcome, Long answeredBy) {
}
