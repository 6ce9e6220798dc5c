package org.plumbline.microconference;

import java.time.Instant;
import java.util.List;

/**
 * A Call for Microconferences' proposal as a backup of its event holds it, beside its MC
 * (whose text and state the MC itself holds): who proposed it, the decision recorded and
 * not yet announced, its instants, its leads-to-be and the organisers' reviews. Never its
 * co-lead invitations, whose mailed links are for the invited alone, nor the one-time key
 * of the form that created it.
 *
 * @param proposedBy the proposer's account, or {@code null} once it was deleted
 * @param pendingDecision ACCEPTED or REJECTED as recorded, or {@code null} for none
 * @param decidedBy who recorded it, or {@code null} for none or once that account was
 * deleted
 * @param decidedAt when it was recorded, or {@code null} for none
 * @param submittedAt when it was first submitted, or {@code null} for a draft
 * @param announcedAt when its decision was announced, or {@code null}
 * @param leads the leads-to-be, in order
 * @param reviews the organisers' reviews, in the order written
 */
public record BackedUpMcProposal(long microconferenceId, Long proposedBy, McStatus pendingDecision, Long decidedBy,
		Instant decidedAt, Instant createdAt, Instant updatedAt, Instant submittedAt, Instant announcedAt,
		List<Lead> leads, List<Review> reviews) {

	/**
	 * A lead-to-be under the name as written, with the address of the account they acted
	 * from, where the decision is mailed.
	 */
	public record Lead(long personId, String nameAsWritten, String email) {
	}

	/**
	 * An organiser's review of the proposal.
	 *
	 * @param reviewerName the organiser's name when they wrote it
	 * @param score from -2 to +2
	 * @param comment the text, or {@code null}
	 */
	public record Review(long reviewerId, String reviewerName, int score, String comment, Instant updatedAt) {
	}

}
