package org.plumbline.importer.domain;

import static org.plumbline.importer.domain.JsonFields.instant;
import static org.plumbline.importer.domain.JsonFields.optional;
import static org.plumbline.importer.domain.JsonFields.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.plumbline.account.BackedUpRoleInvitation;
import org.plumbline.account.EventRole;
import org.plumbline.cfp.BackedUpCoSpeakerInvitation;
import org.plumbline.cfp.CoSpeakerInvitation;
import org.plumbline.importer.domain.FileInvitations.FileAgendaFeed;
import org.plumbline.importer.domain.FileInvitations.FileCoLeadInvitation;
import org.plumbline.importer.domain.FileInvitations.FileCoSpeakerInvitation;
import org.plumbline.importer.domain.FileInvitations.FileRoleInvitation;
import org.plumbline.microconference.BackedUpCoLeadInvitation;
import org.plumbline.microconference.McProposal.InvitationState;
import org.plumbline.schedule.BackedUpAgendaFeed;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The invitations of an event data file ({@code roleInvitations},
 * {@code coLeadInvitations}, {@code coSpeakerInvitations}), open or closed, and the
 * personal agendas' calendar-feed addresses ({@code agendaFeeds}). Each holds the SHA-256
 * of its link's token ({@code tokenSha256}), never the token: the token is 256 random
 * bits, so its hash cannot be turned back into a link, yet the restored site finds the
 * link that was mailed or subscribed to by it. A visitor's feed names its owner by the
 * hash of the random id in their cookie in the same way.
 */
final class InvitationJson {

	private InvitationJson() {
	}

	/** An event's invitations and feed addresses as the features read them. */
	record Stored(List<BackedUpRoleInvitation> roles, List<BackedUpCoLeadInvitation> coLeads,
			List<BackedUpCoSpeakerInvitation> coSpeakers, List<BackedUpAgendaFeed> agendaFeeds) {

		/** The accounts they refer to: inviters, those who answered, feeds' owners. */
		Set<Long> accountIds() {
			return Stream
				.of(roles.stream().flatMap(invitation -> Stream.of(invitation.invitedBy(), invitation.acceptedBy())),
						coLeads.stream()
							.flatMap(invitation -> Stream.of(invitation.invitedBy(), invitation.answeredBy())),
						coSpeakers.stream()
							.flatMap(invitation -> Stream.of(invitation.invitedBy(), invitation.answeredBy())),
						agendaFeeds.stream().map(BackedUpAgendaFeed::accountId))
				.flatMap(Function.identity())
				.filter(Objects::nonNull)
				.collect(Collectors.toSet());
		}

	}

	/**
	 * How the file names what the stored rows name by id.
	 *
	 * @param topicGuids the topics' GUIDs by id
	 * @param addresses the exported accounts' addresses by id
	 */
	record Names(Map<Long, String> mcSlugs, Map<Long, String> trackSlugs, Map<Long, String> topicGuids,
			Map<Long, String> addresses) {
	}

	static void write(ObjectNode root, Stored stored, Names names) {
		ArrayNode roles = root.putArray("roleInvitations");
		for (BackedUpRoleInvitation invitation : stored.roles()) {
			ObjectNode node = roles.addObject().put("email", invitation.email()).put("role", invitation.role().name());
			optional(node, "microconference", names.mcSlugs().get(invitation.microconferenceId()));
			optional(node, "track", names.trackSlugs().get(invitation.plainTrackId()));
			link(node, invitation.tokenSha256(), names.addresses().get(invitation.invitedBy()), invitation.createdAt(),
					invitation.expiresAt());
			optional(node, "acceptedAt", invitation.acceptedAt());
			optional(node, "acceptedBy", names.addresses().get(invitation.acceptedBy()));
			optional(node, "revokedAt", invitation.revokedAt());
		}
		ArrayNode coLeads = root.putArray("coLeadInvitations");
		for (BackedUpCoLeadInvitation invitation : stored.coLeads()) {
			ObjectNode node = coLeads.addObject()
				.put("microconference", names.mcSlugs().get(invitation.microconferenceId()))
				.put("email", invitation.email());
			link(node, invitation.tokenSha256(), names.addresses().get(invitation.invitedBy()), invitation.createdAt(),
					invitation.expiresAt());
			optional(node, "answer", invitation.answer());
			optional(node, "answeredBy", names.addresses().get(invitation.answeredBy()));
			optional(node, "answeredAt", invitation.answeredAt());
			if (invitation.closedUnanswered()) {
				node.put("closed", true);
			}
		}
		ArrayNode coSpeakers = root.putArray("coSpeakerInvitations");
		for (BackedUpCoSpeakerInvitation invitation : stored.coSpeakers()) {
			ObjectNode node = coSpeakers.addObject()
				.put("topic", names.topicGuids().get(invitation.topicId()))
				.put("email", invitation.email());
			link(node, invitation.tokenSha256(), names.addresses().get(invitation.invitedBy()), invitation.createdAt(),
					invitation.expiresAt());
			optional(node, "outcome", invitation.outcome());
			optional(node, "closedAt", invitation.closedAt());
			optional(node, "closedBy", names.addresses().get(invitation.answeredBy()));
		}
		ArrayNode feeds = root.putArray("agendaFeeds");
		for (BackedUpAgendaFeed feed : stored.agendaFeeds()) {
			ObjectNode node = feeds.addObject();
			optional(node, "account", names.addresses().get(feed.accountId()));
			optional(node, "visitorSha256", feed.visitorSha256());
			node.put("tokenSha256", feed.tokenSha256()).put("createdAt", feed.createdAt().toString());
		}
	}

	/** The invitations and feeds of a file that passed validation, in its order. */
	static FileInvitations read(JsonNode root) {
		List<FileRoleInvitation> roles = new ArrayList<>();
		for (JsonNode node : root.path("roleInvitations").values()) {
			roles.add(new FileRoleInvitation(text(node, "email"), EventRole.valueOf(text(node, "role")),
					text(node, "microconference"), text(node, "track"), text(node, "tokenSha256"),
					text(node, "invitedBy"), instant(node, "createdAt"), instant(node, "expiresAt"),
					instant(node, "acceptedAt"), text(node, "acceptedBy"), instant(node, "revokedAt")));
		}
		List<FileCoLeadInvitation> coLeads = new ArrayList<>();
		for (JsonNode node : root.path("coLeadInvitations").values()) {
			String answer = text(node, "answer");
			coLeads.add(new FileCoLeadInvitation(text(node, "microconference"), text(node, "email"),
					text(node, "tokenSha256"), text(node, "invitedBy"), instant(node, "createdAt"),
					instant(node, "expiresAt"), answer == null ? null : InvitationState.valueOf(answer),
					text(node, "answeredBy"), instant(node, "answeredAt"), node.has("closed")));
		}
		List<FileCoSpeakerInvitation> coSpeakers = new ArrayList<>();
		for (JsonNode node : root.path("coSpeakerInvitations").values()) {
			String outcome = text(node, "outcome");
			coSpeakers.add(new FileCoSpeakerInvitation(UUID.fromString(text(node, "topic")), text(node, "email"),
					text(node, "tokenSha256"), text(node, "invitedBy"), instant(node, "createdAt"),
					instant(node, "expiresAt"), outcome == null ? null : CoSpeakerInvitation.State.valueOf(outcome),
					instant(node, "closedAt"), text(node, "closedBy")));
		}
		List<FileAgendaFeed> feeds = new ArrayList<>();
		for (JsonNode node : root.path("agendaFeeds").values()) {
			feeds.add(new FileAgendaFeed(text(node, "account"), text(node, "visitorSha256"), text(node, "tokenSha256"),
					instant(node, "createdAt")));
		}
		return new FileInvitations(List.copyOf(roles), List.copyOf(coLeads), List.copyOf(coSpeakers),
				List.copyOf(feeds));
	}

	private static void link(ObjectNode node, String tokenSha256, String invitedBy, Instant createdAt,
			Instant expiresAt) {
		node.put("tokenSha256", tokenSha256);
		optional(node, "invitedBy", invitedBy);
		node.put("createdAt", createdAt.toString()).put("expiresAt", expiresAt.toString());
	}

}
