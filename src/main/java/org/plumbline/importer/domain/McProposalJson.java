package org.plumbline.importer.domain;

import static org.plumbline.importer.domain.JsonFields.instant;
import static org.plumbline.importer.domain.JsonFields.optional;
import static org.plumbline.importer.domain.JsonFields.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plumbline.importer.domain.EventFileContent.FileMcProposal;
import org.plumbline.importer.domain.EventFileContent.FileProposalLead;
import org.plumbline.importer.domain.EventFileContent.FileProposalReview;
import org.plumbline.importer.domain.EventFileContent.FileWindow;
import org.plumbline.microconference.BackedUpMcProposal;
import org.plumbline.microconference.BackedUpMcProposal.Lead;
import org.plumbline.microconference.BackedUpMcProposal.Review;
import org.plumbline.microconference.McCall;
import org.plumbline.microconference.McStatus;
import org.plumbline.people.PersonSummary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Call for Microconferences of an event data file: {@code callForMicroconferences},
 * the window in which MCs are proposed, and {@code microconferenceProposals}, each
 * proposal's own records beside its MC in {@code microconferences}: its proposer, the
 * decision recorded and not yet announced, its instants, its leads-to-be pinned to their
 * persons and the organisers' reviews, accounts by address. Their co-lead invitations are
 * {@link InvitationJson}'s.
 */
final class McProposalJson {

	private McProposalJson() {
	}

	static void writeCall(ObjectNode root, Optional<McCall> call) {
		call.ifPresent(window -> ReviewPhaseJson.window(root.putObject("callForMicroconferences"), window.opensAt(),
				window.closesAt()));
	}

	/** The window of a file that passed validation, or null if it gives none. */
	static FileWindow readCall(JsonNode root) {
		return root.has("callForMicroconferences") ? ReviewPhaseJson.window(root.get("callForMicroconferences")) : null;
	}

	/**
	 * @param mcSlugs the slugs of the event's MCs, by id
	 * @param addresses the exported accounts' addresses, by id
	 * @param persons the persons of {@code people}, by id
	 */
	static void writeProposals(ObjectNode root, List<BackedUpMcProposal> proposals, Map<Long, String> mcSlugs,
			Map<Long, String> addresses, Map<Long, PersonSummary> persons) {
		ArrayNode list = root.putArray("microconferenceProposals");
		for (BackedUpMcProposal proposal : proposals) {
			ObjectNode node = list.addObject().put("microconference", mcSlugs.get(proposal.microconferenceId()));
			optional(node, "proposedBy", addresses.get(proposal.proposedBy()));
			node.put("createdAt", proposal.createdAt().toString()).put("updatedAt", proposal.updatedAt().toString());
			optional(node, "submittedAt", proposal.submittedAt());
			if (proposal.pendingDecision() != null) {
				node.put("pendingDecision", proposal.pendingDecision().name())
					.put("decidedAt", proposal.decidedAt().toString());
				optional(node, "decidedBy", addresses.get(proposal.decidedBy()));
			}
			optional(node, "announcedAt", proposal.announcedAt());
			ArrayNode leads = node.putArray("leads");
			for (Lead lead : proposal.leads()) {
				leads.addObject()
					.put("name", lead.nameAsWritten())
					.put("person", persons.get(lead.personId()).guid().toString())
					.put("email", lead.email());
			}
			ArrayNode reviews = node.putArray("reviews");
			for (Review review : proposal.reviews()) {
				ObjectNode written = reviews.addObject()
					.put("reviewer", addresses.get(review.reviewerId()))
					.put("reviewerName", review.reviewerName())
					.put("score", review.score());
				optional(written, "comment", review.comment());
				written.put("updatedAt", review.updatedAt().toString());
			}
		}
	}

	/** The proposals of a file that passed validation, in its order. */
	static List<FileMcProposal> readProposals(JsonNode root) {
		List<FileMcProposal> proposals = new ArrayList<>();
		for (JsonNode node : root.path("microconferenceProposals").values()) {
			String pending = text(node, "pendingDecision");
			List<FileProposalLead> leads = new ArrayList<>();
			node.path("leads")
				.values()
				.forEach(lead -> leads
					.add(new FileProposalLead(text(lead, "name"), text(lead, "person"), text(lead, "email"))));
			List<FileProposalReview> reviews = new ArrayList<>();
			node.path("reviews")
				.values()
				.forEach(review -> reviews
					.add(new FileProposalReview(text(review, "reviewer"), text(review, "reviewerName"),
							review.get("score").intValue(), text(review, "comment"), instant(review, "updatedAt"))));
			proposals.add(new FileMcProposal(text(node, "microconference"), text(node, "proposedBy"),
					pending == null ? null : McStatus.valueOf(pending), text(node, "decidedBy"),
					instant(node, "decidedAt"), instant(node, "createdAt"), instant(node, "updatedAt"),
					instant(node, "submittedAt"), instant(node, "announcedAt"), List.copyOf(leads),
					List.copyOf(reviews)));
		}
		return List.copyOf(proposals);
	}

}
