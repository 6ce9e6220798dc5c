package org.plumbline.microconference.domain;

import static org.plumbline.jdbc.SqlInstants.instant;
import static org.plumbline.jdbc.SqlInstants.utc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.plumbline.microconference.BackedUpCoLeadInvitation;
import org.plumbline.microconference.BackedUpMcProposal;
import org.plumbline.microconference.BackedUpMcProposal.Lead;
import org.plumbline.microconference.BackedUpMcProposal.Review;
import org.plumbline.microconference.McProposal.InvitationState;
import org.plumbline.microconference.McStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * An event's Call for Microconferences' proposals read and written whole, for its backup.
 */
@Repository
public class ProposalBackupRepository {

	private final JdbcClient jdbc;

	ProposalBackupRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The event's proposals in their MCs' page order, each with its leads-to-be in order
	 * and its reviews by when written, then by the reviewer's address (an order a restore
	 * keeps, though the accounts' ids change); three queries whatever their number.
	 */
	public List<BackedUpMcProposal> ofEvent(long eventId) {
		Map<Long, List<Lead>> leads = new HashMap<>();
		jdbc.sql("""
				SELECT l.microconference_id, l.person_id, l.name_as_written, l.email
				FROM mc_proposal_lead l JOIN mc_proposal p ON p.microconference_id = l.microconference_id
				WHERE p.event_id = ? ORDER BY l.microconference_id, l.position""").param(eventId).query(rs -> {
			leads.computeIfAbsent(rs.getLong("microconference_id"), id -> new ArrayList<>())
				.add(new Lead(rs.getLong("person_id"), rs.getString("name_as_written"), rs.getString("email")));
		});
		Map<Long, List<Review>> reviews = new HashMap<>();
		jdbc.sql("""
				SELECT r.microconference_id, r.reviewer_id, r.reviewer_name, r.score, r.comment, r.updated_at
				FROM mc_proposal_review r JOIN mc_proposal p ON p.microconference_id = r.microconference_id
				JOIN account a ON a.id = r.reviewer_id
				WHERE p.event_id = ? ORDER BY r.microconference_id, r.updated_at, a.email_key""")
			.param(eventId)
			.query(rs -> {
				reviews.computeIfAbsent(rs.getLong("microconference_id"), id -> new ArrayList<>())
					.add(new Review(rs.getLong("reviewer_id"), rs.getString("reviewer_name"), rs.getInt("score"),
							rs.getString("comment"), instant(rs, "updated_at")));
			});
		return jdbc.sql("""
				SELECT p.microconference_id, p.proposed_by, p.pending_status, p.decided_by, p.decided_at, p.created_at,
				       p.updated_at, p.submitted_at, p.announced_at
				FROM mc_proposal p JOIN microconference m ON m.id = p.microconference_id
				WHERE p.event_id = ? ORDER BY m.position, m.id""").param(eventId).query((rs, row) -> {
			long id = rs.getLong("microconference_id");
			String pending = rs.getString("pending_status");
			return new BackedUpMcProposal(id, rs.getObject("proposed_by", Long.class),
					pending == null ? null : McStatus.valueOf(pending), rs.getObject("decided_by", Long.class),
					instant(rs, "decided_at"), instant(rs, "created_at"), instant(rs, "updated_at"),
					instant(rs, "submitted_at"), instant(rs, "announced_at"), leads.getOrDefault(id, List.of()),
					reviews.getOrDefault(id, List.of()));
		}).list();
	}

	/**
	 * Stores the proposal of a stored MC, with a fresh key for the form that created it:
	 * the old one only found the proposal again on a second click of that form.
	 */
	public void insert(long eventId, BackedUpMcProposal proposal) {
		long id = proposal.microconferenceId();
		jdbc.sql("""
				INSERT INTO mc_proposal (microconference_id, event_id, proposed_by, submission_key, pending_status,
				                         decided_by, decided_at, created_at, updated_at, submitted_at, announced_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, eventId, proposal.proposedBy(), UUID.randomUUID().toString(),
					proposal.pendingDecision() == null ? null : proposal.pendingDecision().name(), proposal.decidedBy(),
					utc(proposal.decidedAt()), utc(proposal.createdAt()), utc(proposal.updatedAt()),
					utc(proposal.submittedAt()), utc(proposal.announcedAt()))
			.update();
		for (int i = 0; i < proposal.leads().size(); i++) {
			Lead lead = proposal.leads().get(i);
			jdbc.sql("""
					INSERT INTO mc_proposal_lead (microconference_id, position, person_id, name_as_written, email)
					VALUES (?, ?, ?, ?, ?)""")
				.params(id, i + 1, lead.personId(), lead.nameAsWritten(), lead.email())
				.update();
		}
		for (Review review : proposal.reviews()) {
			jdbc.sql("""
					INSERT INTO mc_proposal_review (microconference_id, reviewer_id, reviewer_name, score, comment,
					                                updated_at)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(id, review.reviewerId(), review.reviewerName(), review.score(), review.comment(),
						utc(review.updatedAt()))
				.update();
		}
	}

	/**
	 * The co-lead invitations of the event's proposals, open or not, in their MCs' page
	 * order, then by when they were made and their token's hash (an order a restore
	 * keeps).
	 */
	public List<BackedUpCoLeadInvitation> invitations(long eventId) {
		return jdbc.sql("""
				SELECT i.microconference_id, i.email, i.token_hash, i.invited_by, i.created_at, i.expires_at, i.answer,
				       i.answered_by, i.answered_at, i.still_open
				FROM mc_proposal_invitation i JOIN mc_proposal p ON p.microconference_id = i.microconference_id
				JOIN microconference m ON m.id = i.microconference_id
				WHERE p.event_id = ? ORDER BY m.position, m.id, i.created_at, i.token_hash""")
			.param(eventId)
			.query((rs, row) -> {
				String answer = rs.getString("answer");
				return new BackedUpCoLeadInvitation(rs.getLong("microconference_id"), rs.getString("email"),
						rs.getString("token_hash"), rs.getObject("invited_by", Long.class), instant(rs, "created_at"),
						instant(rs, "expires_at"), answer == null ? null : InvitationState.valueOf(answer),
						rs.getObject("answered_by", Long.class), instant(rs, "answered_at"),
						answer == null && rs.getObject("still_open") == null);
			})
			.list();
	}

	/** Stores an invitation of a stored proposal as it was. */
	public void insertInvitation(BackedUpCoLeadInvitation invitation) {
		boolean open = invitation.answer() == null && !invitation.closedUnanswered();
		jdbc.sql(
				"""
						INSERT INTO mc_proposal_invitation (microconference_id, email, email_key, token_hash, invited_by,
						                                    created_at, expires_at, answer, answered_by, answered_at, still_open)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(invitation.microconferenceId(), invitation.email(), invitation.email().toLowerCase(Locale.ROOT),
					invitation.tokenSha256(), invitation.invitedBy(), utc(invitation.createdAt()),
					utc(invitation.expiresAt()), invitation.answer() == null ? null : invitation.answer().name(),
					invitation.answeredBy(), utc(invitation.answeredAt()), open ? Boolean.TRUE : null)
			.update();
	}

}
