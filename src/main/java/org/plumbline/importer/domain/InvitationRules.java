package org.plumbline.importer.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plumbline.people.EmailKeys;
import tools.jackson.databind.JsonNode;

/**
 * Rules for the invitations and calendar-feed addresses that only the rest of the file
 * can decide: each names accounts, MCs, plain tracks and topics of the file; a role
 * invitation is scoped as a role is; a co-lead invitation is to an MC proposed in
 * {@code microconferenceProposals}; who answered or closed comes with the answer; a feed
 * belongs to an account or a visitor, one feed each; and no link's hash is given twice in
 * a list, since one link opens one invitation or feed.
 */
final class InvitationRules {

	private InvitationRules() {
	}

	static void check(Findings findings) {
		Set<String> accounts = AccountRules.addressKeys(findings);
		checkRoleInvitations(findings, accounts);
		checkCoLeadInvitations(findings, accounts);
		checkCoSpeakerInvitations(findings, accounts);
		checkAgendaFeeds(findings, accounts);
	}

	private static void checkRoleInvitations(Findings findings, Set<String> accounts) {
		Set<String> mcs = AccountRules.slugs(findings, "microconferences");
		Set<String> tracks = AccountRules.slugs(findings, "plainTracks");
		List<JsonNode> invitations = each(findings, "roleInvitations", accounts, List.of("invitedBy", "acceptedBy"));
		for (int i = 0; i < invitations.size(); i++) {
			String pointer = "/roleInvitations/" + i;
			JsonNode invitation = invitations.get(i);
			AccountRules.checkScope(findings, pointer, invitation, mcs, tracks);
			onlyWith(findings, pointer, invitation, "acceptedBy", "acceptedAt");
		}
	}

	private static void checkCoLeadInvitations(Findings findings, Set<String> accounts) {
		Set<String> proposed = new HashSet<>();
		Findings.elements(findings.root().get("microconferenceProposals")).forEach(proposal -> {
			String mc = Findings.text(proposal.get("microconference"));
			if (mc != null) {
				proposed.add(mc);
			}
		});
		List<JsonNode> invitations = each(findings, "coLeadInvitations", accounts, List.of("invitedBy", "answeredBy"));
		for (int i = 0; i < invitations.size(); i++) {
			String pointer = "/coLeadInvitations/" + i;
			JsonNode invitation = invitations.get(i);
			String mc = Findings.text(invitation.get("microconference"));
			if (mc != null && !proposed.contains(mc)) {
				findings.add(pointer + "/microconference", "co-lead invitation to \"" + mc
						+ "\", which no entry of \"microconferenceProposals\" proposes");
			}
			onlyWith(findings, pointer, invitation, "answeredAt", "answer");
			onlyWith(findings, pointer, invitation, "answer", "answeredAt");
			onlyWith(findings, pointer, invitation, "answeredBy", "answer");
			if (invitation.has("closed") && invitation.has("answer")) {
				findings.add(pointer + "/closed",
						"an answered invitation is closed by its \"answer\": \"closed\" is for one closed unanswered");
			}
		}
	}

	private static void checkCoSpeakerInvitations(Findings findings, Set<String> accounts) {
		Set<String> topics = ReferenceRules.topicGuids(findings);
		List<JsonNode> invitations = each(findings, "coSpeakerInvitations", accounts, List.of("invitedBy", "closedBy"));
		for (int i = 0; i < invitations.size(); i++) {
			String pointer = "/coSpeakerInvitations/" + i;
			JsonNode invitation = invitations.get(i);
			ReferenceRules.knownTopic(findings, topics, pointer + "/topic", Findings.text(invitation.get("topic")));
			onlyWith(findings, pointer, invitation, "closedAt", "outcome");
			onlyWith(findings, pointer, invitation, "outcome", "closedAt");
			onlyWith(findings, pointer, invitation, "closedBy", "outcome");
		}
	}

	private static void checkAgendaFeeds(Findings findings, Set<String> accounts) {
		Map<String, String> owners = new HashMap<>();
		List<JsonNode> feeds = each(findings, "agendaFeeds", accounts, List.of("account"));
		for (int i = 0; i < feeds.size(); i++) {
			String pointer = "/agendaFeeds/" + i;
			JsonNode feed = feeds.get(i);
			String account = Findings.text(feed.get("account"));
			String visitor = Findings.text(feed.get("visitorSha256"));
			if ((account == null) == (visitor == null)) {
				findings.add(pointer,
						"a feed belongs to an \"account\" or to a visitor (\"visitorSha256\"), one of them");
			}
			else if (account != null) {
				findings.unique(owners, "account " + EmailKeys.of(account), pointer + "/account",
						"feed of account " + account);
			}
			else {
				findings.unique(owners, "visitor " + visitor, pointer + "/visitorSha256", "feed of visitor " + visitor);
			}
		}
	}

	/**
	 * The entries of a list, each of whose account fields names an account of the file
	 * and whose {@code tokenSha256} no entry before it gives.
	 */
	private static List<JsonNode> each(Findings findings, String list, Set<String> accounts,
			List<String> accountFields) {
		Map<String, String> hashes = new HashMap<>();
		List<JsonNode> entries = Findings.elements(findings.root().get(list));
		for (int i = 0; i < entries.size(); i++) {
			String pointer = "/" + list + "/" + i;
			for (String field : accountFields) {
				AccountRules.knownAccount(findings, accounts, pointer + "/" + field,
						Findings.text(entries.get(i).get(field)));
			}
			findings.uniqueText(hashes, entries.get(i), pointer, "tokenSha256", "link hash");
		}
		return entries;
	}

	/** Reports a field given without the one it goes with. */
	private static void onlyWith(Findings findings, String pointer, JsonNode entry, String field, String needed) {
		if (entry.has(field) && !entry.has(needed)) {
			findings.add(pointer + "/" + field, "\"" + field + "\" without \"" + needed + "\"");
		}
	}

}
