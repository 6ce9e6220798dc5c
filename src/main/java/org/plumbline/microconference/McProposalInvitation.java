package org.plumbline.microconference;

import org.plumbline.microconference.McProposal.InvitationState;

/**
 * A co-lead invitation as its link's page shows it to the invitee.
 *
 * @param proposalTitle the proposed MC's title
 * @param inviter the leads-to-be who invited, as listed
 */
public record McProposalInvitation(long proposalId, long eventId, String proposalTitle, String inviter, String email,
		InvitationState state, McStatus proposalStatus) {

	/**
	 * Whether it can still be answered: open, and the proposal neither decided nor
	 * withdrawn.
	 */
	public boolean answerable() {
		return state == InvitationState.OPEN
				&& (proposalStatus == McStatus.DRAFT || proposalStatus == McStatus.PROPOSED);
	}

}
