package org.plumbline.microconference.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.plumbline.jdbc.SqlInstants;
import org.plumbline.microconference.McCall;
import org.plumbline.microconference.McProposal.InvitationState;
import org.plumbline.microconference.McProposalReview;
import org.plumbline.microconference.McStatus;
import org.plumbline.microconference.Microconference.NamedPerson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * What only a proposal has, beside its microconference row: the call's window, who
 * proposed it, its leads-to-be, co-lead invitations, reviews and the recorded decision.
 */
@Repository
public class ProposalRepository {

	private static final String PROPOSAL_COLUMNS = """
			SELECT p.microconference_id, p.event_id, p.proposed_by, p.pending_status, p.decision_version, p.created_at,
			       p.submitted_at, m.status
			FROM mc_proposal p JOIN microconference m ON m.id = p.microconference_id""";

	private final JdbcClient jdbc;

	ProposalRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<McCall> findCall(long eventId) {
		return jdbc.sql("SELECT event_id, opens_at, closes_at, version FROM mc_call WHERE event_id = ?")
			.param(eventId)
			.query((rs, row) -> new McCall(rs.getLong("event_id"), SqlInstants.instant(rs, "opens_at"),
					SqlInstants.instant(rs, "closes_at"), rs.getInt("version")))
			.optional();
	}

	/**
	 * @throws org.springframework.dao.DuplicateKeyException if another organiser created
	 * the window meanwhile
	 */
	public void insertCall(long eventId, Instant opensAt, Instant closesAt) {
		// Version 0 is a form opened while the event had no call: a created call starts
		// at 1, so that such a form saved after it is stale, not an update.
		jdbc.sql("INSERT INTO mc_call (event_id, opens_at, closes_at, version) VALUES (?, ?, ?, 1)")
			.params(eventId, SqlInstants.utc(opensAt), SqlInstants.utc(closesAt))
			.update();
	}

	public boolean updateCall(long eventId, Instant opensAt, Instant closesAt, int expectedVersion) {
		return jdbc.sql(
				"UPDATE mc_call SET opens_at = ?, closes_at = ?, version = version + 1 WHERE event_id = ? AND version = ?")
			.params(SqlInstants.utc(opensAt), SqlInstants.utc(closesAt), eventId, expectedVersion)
			.update() == 1;
	}

	/**
	 * @throws org.springframework.dao.DuplicateKeyException if the account created a
	 * proposal with this key already
	 */
	public void insert(long microconferenceId, long eventId, long proposedBy, String submissionKey, Instant now,
			boolean submitted) {
		jdbc.sql(
				"""
						INSERT INTO mc_proposal (microconference_id, event_id, proposed_by, submission_key, created_at, updated_at,
						                         submitted_at)
						VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(microconferenceId, eventId, proposedBy, submissionKey, SqlInstants.utc(now), SqlInstants.utc(now),
					submitted ? SqlInstants.utc(now) : null)
			.update();
	}

	/**
	 * Stores a proposal copied from an earlier event's MC: submitted now, under its
	 * proposer there (or none, if that account is gone), with a fresh submission key.
	 */
	public void insertCopied(long microconferenceId, long eventId, Long proposedBy, Instant now) {
		jdbc.sql(
				"""
						INSERT INTO mc_proposal (microconference_id, event_id, proposed_by, submission_key, created_at, updated_at,
						                         submitted_at)
						VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(microconferenceId, eventId, proposedBy, UUID.randomUUID().toString(), SqlInstants.utc(now),
					SqlInstants.utc(now), SqlInstants.utc(now))
			.update();
	}

	public Optional<Long> idBySubmissionKey(String submissionKey, long proposedBy) {
		return jdbc.sql("SELECT microconference_id FROM mc_proposal WHERE submission_key = ? AND proposed_by = ?")
			.params(submissionKey, proposedBy)
			.query(Long.class)
			.optional();
	}

	public Optional<ProposalRow> find(long id) {
		return jdbc.sql(PROPOSAL_COLUMNS + " WHERE p.microconference_id = ?")
			.param(id)
			.query(ProposalRepository::row)
			.optional();
	}

	/** The proposals a person is a lead-to-be of, newest first. */
	public List<Long> idsLedBy(long personId) {
		return jdbc.sql("""
				SELECT p.microconference_id FROM mc_proposal p
				WHERE p.microconference_id IN (SELECT microconference_id FROM mc_proposal_lead WHERE person_id = ?)
				ORDER BY p.created_at DESC, p.microconference_id DESC""").param(personId).query(Long.class).list();
	}

	/**
	 * The event's proposals that were ever submitted (drafts are their proposers' alone).
	 */
	public List<ProposalRow> submitted(long eventId) {
		return jdbc
			.sql(PROPOSAL_COLUMNS
					+ " WHERE p.event_id = ? AND m.status <> 'DRAFT' ORDER BY p.submitted_at, p.microconference_id")
			.param(eventId)
			.query(ProposalRepository::row)
			.list();
	}

	public boolean isLeadToBe(long id, long personId) {
		return jdbc.sql("SELECT COUNT(*) FROM mc_proposal_lead WHERE microconference_id = ? AND person_id = ?")
			.params(id, personId)
			.query(Long.class)
			.single() > 0;
	}

	public List<LeadToBe> leads(long id) {
		return jdbc.sql("""
				SELECT person_id, name_as_written, email FROM mc_proposal_lead WHERE microconference_id = ?
				ORDER BY position""")
			.param(id)
			.query((rs, row) -> new LeadToBe(new NamedPerson(rs.getLong("person_id"), rs.getString("name_as_written")),
					rs.getString("email")))
			.list();
	}

	/** Adds a lead-to-be after the others. */
	public void addLead(long id, long personId, String name, String email) {
		jdbc.sql("""
				INSERT INTO mc_proposal_lead (microconference_id, position, person_id, name_as_written, email)
				VALUES (?, (SELECT COALESCE(MAX(position), 0) + 1 FROM mc_proposal_lead WHERE microconference_id = ?),
				        ?, ?, ?)""").params(id, id, personId, name, email).update();
	}

	/**
	 * Moves the MC to a state if it is still at the version the user saw, and counts the
	 * change in its version.
	 */
	public boolean updateStatus(long id, McStatus status, int expectedVersion) {
		return jdbc.sql("UPDATE microconference SET status = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(status.name(), id, expectedVersion)
			.update() == 1;
	}

	public void updateTitle(long id, String title) {
		jdbc.sql("UPDATE microconference SET title = ? WHERE id = ?").params(title, id).update();
	}

	public void touch(long id, Instant now, boolean submitted) {
		jdbc.sql(
				"UPDATE mc_proposal SET updated_at = ?, submitted_at = COALESCE(submitted_at, ?) WHERE microconference_id = ?")
			.params(SqlInstants.utc(now), submitted ? SqlInstants.utc(now) : null, id)
			.update();
	}

	/**
	 * Records (or replaces) a decision, or clears it with {@code null}, if the recorded
	 * one is still at the version the organiser saw, while the proposal is still
	 * proposed.
	 * @return false if another decision, a withdrawal or the announcement came first
	 */
	public boolean recordDecision(long id, McStatus decision, long decidedBy, Instant now, int expectedVersion) {
		return jdbc
			.sql("""
					UPDATE mc_proposal SET pending_status = ?, decided_by = ?, decided_at = ?, decision_version = decision_version + 1
					WHERE microconference_id = ? AND decision_version = ?
					AND EXISTS (SELECT 1 FROM microconference m WHERE m.id = mc_proposal.microconference_id AND m.status = 'PROPOSED')""")
			.params(decision == null ? null : decision.name(), decision == null ? null : decidedBy,
					decision == null ? null : SqlInstants.utc(now), id, expectedVersion)
			.update() == 1;
	}

	/**
	 * Announces a proposal's decision: the MC takes that state, under a public slug if
	 * accepted. Only a proposal still proposed changes: one withdrawn, or announced by
	 * another organiser meanwhile, keeps its state (the second of two waits for the first
	 * and then finds nothing to change).
	 * @return whether this call announced it
	 */
	public boolean announce(long id, McStatus status, String slug, Instant now) {
		boolean changed = jdbc.sql(
				"UPDATE microconference SET status = ?, slug = ?, version = version + 1 WHERE id = ? AND status = 'PROPOSED'")
			.params(status.name(), slug, id)
			.update() == 1;
		if (changed) {
			jdbc.sql("UPDATE mc_proposal SET announced_at = ? WHERE microconference_id = ?")
				.params(SqlInstants.utc(now), id)
				.update();
		}
		return changed;
	}

	/**
	 * The leads-to-be, in order and under their names as written, become the MC's leads.
	 */
	public void copyLeads(long id) {
		jdbc.sql("""
				INSERT INTO mc_lead (microconference_id, position, person_id, name_as_written)
				SELECT microconference_id, position, person_id, name_as_written FROM mc_proposal_lead
				WHERE microconference_id = ?""").param(id).update();
	}

	/**
	 * Locks the event's call until the transaction ends, so that announcements of one
	 * event run one after the other: a slug taken by the first is seen by the second.
	 */
	public void lockCall(long eventId) {
		jdbc.sql("SELECT event_id FROM mc_call WHERE event_id = ? FOR UPDATE").param(eventId).query(Long.class).list();
	}

	/**
	 * Locks the proposal's row until the transaction ends: an announcement copying the
	 * leads-to-be waits for a co-lead's answer, or the answer for it.
	 */
	public void lockProposal(long id) {
		jdbc.sql("SELECT id FROM microconference WHERE id = ? FOR UPDATE").param(id).query(Long.class).list();
	}

	/** Proposals of the event with a decision recorded and not yet announced. */
	public List<Long> pendingIds(long eventId) {
		return jdbc.sql("""
				SELECT p.microconference_id FROM mc_proposal p JOIN microconference m ON m.id = p.microconference_id
				WHERE p.event_id = ? AND m.status = 'PROPOSED' AND p.pending_status IS NOT NULL
				ORDER BY p.microconference_id""").param(eventId).query(Long.class).list();
	}

	public boolean slugTaken(long eventId, String slug) {
		return jdbc.sql("SELECT COUNT(*) FROM microconference WHERE event_id = ? AND slug = ?")
			.params(eventId, slug)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Stores an invitation, after closing an expired one to the same address (which the
	 * index counts as open until then).
	 * @throws org.springframework.dao.DuplicateKeyException if the address has an open
	 * invitation to the proposal, saved meanwhile by a second click
	 */
	public long invite(long id, String email, String tokenHash, long invitedBy, Instant now, Instant expiresAt) {
		String emailKey = email.toLowerCase(Locale.ROOT);
		jdbc.sql("""
				UPDATE mc_proposal_invitation SET still_open = NULL
				WHERE microconference_id = ? AND email_key = ? AND still_open IS TRUE AND expires_at <= ?""")
			.params(id, emailKey, SqlInstants.utc(now))
			.update();
		var keys = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						INSERT INTO mc_proposal_invitation (microconference_id, email, email_key, token_hash, invited_by, created_at,
						                                    expires_at)
						VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, email, emailKey, tokenHash, invitedBy, SqlInstants.utc(now), SqlInstants.utc(expiresAt))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	public List<InvitationRow> invitations(long id) {
		return jdbc.sql(INVITATION_COLUMNS + " WHERE microconference_id = ? ORDER BY id")
			.param(id)
			.query(ProposalRepository::invitationRow)
			.list();
	}

	public Optional<InvitationRow> invitationByHash(String tokenHash) {
		return jdbc.sql(INVITATION_COLUMNS + " WHERE token_hash = ?")
			.param(tokenHash)
			.query(ProposalRepository::invitationRow)
			.optional();
	}

	/** Answers an open invitation; false if it was answered meanwhile. */
	public boolean answer(long invitationId, InvitationState answer, long accountId, Instant now) {
		return jdbc.sql("""
				UPDATE mc_proposal_invitation SET answer = ?, answered_by = ?, answered_at = ?, still_open = NULL
				WHERE id = ? AND answer IS NULL""")
			.params(answer.name(), accountId, SqlInstants.utc(now), invitationId)
			.update() == 1;
	}

	public List<McProposalReview> reviews(long id) {
		return jdbc.sql("""
				SELECT reviewer_id, reviewer_name, score, comment, updated_at, version FROM mc_proposal_review
				WHERE microconference_id = ? ORDER BY updated_at, reviewer_id""")
			.param(id)
			.query((rs, row) -> new McProposalReview(rs.getLong("reviewer_id"), rs.getString("reviewer_name"),
					rs.getInt("score"), rs.getString("comment"), SqlInstants.instant(rs, "updated_at"),
					rs.getInt("version")))
			.list();
	}

	/**
	 * @throws org.springframework.dao.DuplicateKeyException if the reviewer's review was
	 * saved meanwhile
	 */
	public void insertReview(long id, long reviewerId, String reviewerName, int score, String comment, Instant now) {
		jdbc.sql(
				"""
						INSERT INTO mc_proposal_review (microconference_id, reviewer_id, reviewer_name, score, comment, updated_at)
						VALUES (?, ?, ?, ?, ?, ?)""")
			.params(id, reviewerId, reviewerName, score, comment, SqlInstants.utc(now))
			.update();
	}

	public boolean updateReview(long id, long reviewerId, String reviewerName, int score, String comment, Instant now,
			int expectedVersion) {
		return jdbc
			.sql("""
					UPDATE mc_proposal_review SET reviewer_name = ?, score = ?, comment = ?, updated_at = ?, version = version + 1
					WHERE microconference_id = ? AND reviewer_id = ? AND version = ?""")
			.params(reviewerName, score, comment, SqlInstants.utc(now), id, reviewerId, expectedVersion)
			.update() == 1;
	}

	private static final String INVITATION_COLUMNS = """
			SELECT id, microconference_id, email, invited_by, created_at, expires_at, answer FROM mc_proposal_invitation""";

	private static ProposalRow row(ResultSet rs, int row) throws SQLException {
		String pending = rs.getString("pending_status");
		return new ProposalRow(rs.getLong("microconference_id"), rs.getLong("event_id"),
				rs.getObject("proposed_by", Long.class), McStatus.valueOf(rs.getString("status")),
				pending == null ? null : McStatus.valueOf(pending), rs.getInt("decision_version"),
				SqlInstants.instant(rs, "created_at"), SqlInstants.instant(rs, "submitted_at"));
	}

	private static InvitationRow invitationRow(ResultSet rs, int row) throws SQLException {
		String answer = rs.getString("answer");
		return new InvitationRow(rs.getLong("id"), rs.getLong("microconference_id"), rs.getString("email"),
				rs.getObject("invited_by", Long.class), SqlInstants.instant(rs, "created_at"),
				SqlInstants.instant(rs, "expires_at"), answer == null ? null : InvitationState.valueOf(answer));
	}

	/**
	 * @param decisionVersion counts the recorded decision's changes, for the decision
	 * form
	 */
	public record ProposalRow(long id, long eventId, Long proposedBy, McStatus status, McStatus pendingStatus,
			int decisionVersion, Instant createdAt, Instant submittedAt) {
	}

	public record LeadToBe(NamedPerson person, String email) {
	}

	/**
	 * @param answer ACCEPTED or DECLINED, or {@code null} while open
	 */
	public record InvitationRow(long id, long proposalId, String email, Long invitedBy, Instant createdAt,
			Instant expiresAt, InvitationState answer) {
	}

}
