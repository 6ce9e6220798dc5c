package org.plumbline.microconference;

import java.time.Instant;
import java.util.List;

import org.plumbline.microconference.Microconference.NamedPerson;

/**
 * A proposed MC as its leads-to-be and the organisers see it.
 *
 * @param status the state everyone sees (DOMAIN.md)
 * @param pendingStatus a decision recorded but not yet announced, or {@code null}; only
 * organisers are shown it
 * @param leads the leads-to-be in order: the proposer, then co-leads who accepted
 * @param version the MC's version, for optimistic locking
 */
public record McProposal(long id, long eventId, String slug, McStatus status, McStatus pendingStatus,
		McProposalText text, List<NamedPerson> leads, List<CoLeadInvitation> invitations, Instant createdAt,
		Instant submittedAt, int version) {

	public McProposal {
		leads = List.copyOf(leads);
		invitations = List.copyOf(invitations);
	}

	public boolean leadsMayChange() {
		return status == McStatus.DRAFT || status == McStatus.PROPOSED;
	}

	public boolean decisionPending() {
		return status == McStatus.PROPOSED && pendingStatus != null;
	}

	public String leadNames() {
		return String.join(", ", leads.stream().map(NamedPerson::nameAsWritten).toList());
	}

	/** A co-lead invitation as the proposal's page lists it. */
	public record CoLeadInvitation(long id, String email, InvitationState state, Instant createdAt) {
	}

	public enum InvitationState {

		OPEN, ACCEPTED, DECLINED, EXPIRED;

		public String inWords() {
			return switch (this) {
				case OPEN -> "invited";
				case ACCEPTED -> "accepted";
				case DECLINED -> "declined";
				case EXPIRED -> "expired";
			};
		}

	}

}
