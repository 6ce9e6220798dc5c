package org.plumbline.importer.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.plumbline.account.BackedUpRole;
import org.plumbline.cfp.BackedUpTopic;
import org.plumbline.microconference.BackedUpMcProposal;
import org.plumbline.registration.BackedUpPasses;
import org.plumbline.registration.BackedUpPasses.Pass;
import org.plumbline.registration.BackedUpRegistration;
import org.plumbline.registration.BackedUpWaitingList;
import org.plumbline.review.BackedUpConflicts;
import org.plumbline.review.BackedUpReview;

/**
 * The accounts an event's data file must carry, because something of the event names
 * them: gathered from each kind before the accounts are read once.
 */
final class ReferredAccounts {

	private ReferredAccounts() {
	}

	/**
	 * The accounts the event's programme and registrations refer to: those holding or
	 * granting its roles, those that submitted or decided its topics, its reviewers, and
	 * those registered and recording their payments.
	 */
	static Set<Long> of(List<BackedUpTopic> topics, List<BackedUpRole> roles, List<BackedUpReview> reviews,
			List<BackedUpRegistration> registrations) {
		Set<Long> ids = new HashSet<>();
		reviews.forEach(review -> ids.add(review.reviewerAccountId()));
		for (BackedUpRegistration registration : registrations) {
			ids.add(registration.accountId());
			if (registration.paidByAccountId() != null) {
				ids.add(registration.paidByAccountId());
			}
		}
		for (BackedUpRole role : roles) {
			ids.add(role.accountId());
			if (role.grantedBy() != null) {
				ids.add(role.grantedBy());
			}
		}
		for (BackedUpTopic topic : topics) {
			if (topic.submittedBy() != null) {
				ids.add(topic.submittedBy());
			}
			if (topic.decidedBy() != null) {
				ids.add(topic.decidedBy());
			}
		}
		return ids;
	}

	/**
	 * Adds the accounts marked or declared conflicted and the organisers who marked them.
	 */
	static void addConflicted(Set<Long> ids, BackedUpConflicts conflicts) {
		for (BackedUpConflicts.Mark mark : conflicts.marks()) {
			ids.add(mark.accountId());
			if (mark.markedBy() != null) {
				ids.add(mark.markedBy());
			}
		}
		conflicts.declarations().forEach(declared -> ids.add(declared.accountId()));
	}

	/** Adds the MC proposals' proposers, deciders and reviewers. */
	static void addProposals(Set<Long> ids, List<BackedUpMcProposal> proposals) {
		for (BackedUpMcProposal proposal : proposals) {
			Stream.of(proposal.proposedBy(), proposal.decidedBy()).filter(Objects::nonNull).forEach(ids::add);
			proposal.reviews().forEach(review -> ids.add(review.reviewerId()));
		}
	}

	/**
	 * Adds the leads who gave the passes, and the accounts placed in a waiting-list tier
	 * by hand and the organisers who placed them.
	 */
	static void addPassesAndWaitingList(Set<Long> ids, BackedUpPasses passes,
			Optional<BackedUpWaitingList> waitingList) {
		passes.passes().stream().map(Pass::assignedBy).filter(Objects::nonNull).forEach(ids::add);
		waitingList.ifPresent(list -> list.placements().forEach(placement -> {
			ids.add(placement.accountId());
			if (placement.placedBy() != null) {
				ids.add(placement.placedBy());
			}
		}));
	}

}
