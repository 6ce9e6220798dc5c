package org.plumbline.importer.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.plumbline.account.EventRole;
import org.plumbline.cfp.CoSpeakerInvitation;
import org.plumbline.microconference.McProposal.InvitationState;

/**
 * The invitations and calendar-feed addresses of an event data file, each under the
 * SHA-256 of its link's token, accounts by address, MCs and plain tracks by slug, topics
 * by GUID; what the file leaves out is null.
 *
 * @param roles the invitations to roles, in the file's order
 * @param coLeads the invitations to co-lead a proposed MC, in the file's order
 * @param coSpeakers the invitations to speak on a topic, in the file's order
 * @param agendaFeeds the personal agendas' feed addresses, in the file's order
 */
public record FileInvitations(List<FileRoleInvitation> roles, List<FileCoLeadInvitation> coLeads,
		List<FileCoSpeakerInvitation> coSpeakers, List<FileAgendaFeed> agendaFeeds) {

	public record FileRoleInvitation(String email, EventRole role, String microconference, String track,
			String tokenSha256, String invitedBy, Instant createdAt, Instant expiresAt, Instant acceptedAt,
			String acceptedBy, Instant revokedAt) {
	}

	public record FileCoLeadInvitation(String microconference, String email, String tokenSha256, String invitedBy,
			Instant createdAt, Instant expiresAt, InvitationState answer, String answeredBy, Instant answeredAt,
			boolean closed) {
	}

	public record FileCoSpeakerInvitation(UUID topic, String email, String tokenSha256, String invitedBy,
			Instant createdAt, Instant expiresAt, CoSpeakerInvitation.State outcome, Instant closedAt,
			String closedBy) {
	}

	/** A feed address, its owner an account by address or a visitor by hash. */
	public record FileAgendaFeed(String account, String visitorSha256, String tokenSha256, Instant createdAt) {
	}

}
