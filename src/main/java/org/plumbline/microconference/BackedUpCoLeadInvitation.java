package org.plumbline.microconference;

import java.time.Instant;

import org.plumbline.microconference.McProposal.InvitationState;

/**
 * An invitation to co-lead a proposed MC, open or not, as stored, with the accounts by
 * their ids.
 *
 * @param tokenSha256 the SHA-256 of the mailed link's token, in hex: never the token
 * @param invitedBy the account that invited, or {@code null}
 * @param answer {@code ACCEPTED} or {@code DECLINED}, or {@code null} while unanswered
 * @param answeredBy the account that answered, or {@code null}
 * @param answeredAt when it was answered, or {@code null}
 * @param closedUnanswered whether it was closed without an answer (found expired when the
 * address was invited again), so that it no longer counts as the address's open one
 */
public record BackedUpCoLeadInvitation(long microconferenceId, String email, String tokenSha256, Long invitedBy,
		Instant createdAt, Instant expiresAt, InvitationState answer, Long answeredBy, Instant answeredAt,
		boolean closedUnanswered) {
}
