package org.plumbline.cfp.domain;

import static org.plumbline.jdbc.SqlInstants.instant;
import static org.plumbline.jdbc.SqlInstants.utc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.plumbline.cfp.BackedUpCall;
import org.plumbline.cfp.BackedUpCoSpeakerInvitation;
import org.plumbline.cfp.BackedUpConfirmation;
import org.plumbline.cfp.BackedUpQuestion;
import org.plumbline.cfp.BackedUpTopic;
import org.plumbline.cfp.CoSpeakerInvitation;
import org.plumbline.cfp.Topic.Speaker;
import org.plumbline.cfp.TopicState;
import org.plumbline.question.QuestionStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** An event's topics read and written whole, for its backup. */
@Repository
public class TopicBackupRepository {

	private final JdbcClient jdbc;

	private final CallTopicCountRepository counts;

	TopicBackupRepository(JdbcClient jdbc, CallTopicCountRepository counts) {
		this.jdbc = jdbc;
		this.counts = counts;
	}

	/** The event's topics in the order they were created. */
	public List<BackedUpTopic> ofEvent(long eventId) {
		Map<Long, List<Speaker>> speakers = new HashMap<>();
		jdbc.sql("""
				SELECT s.topic_id, s.person_id, s.name_as_written FROM topic_speaker s
				JOIN topic t ON t.id = s.topic_id WHERE t.event_id = ? ORDER BY s.topic_id, s.position""")
			.param(eventId)
			.query(rs -> {
				speakers.computeIfAbsent(rs.getLong("topic_id"), id -> new ArrayList<>())
					.add(new Speaker(rs.getLong("person_id"), rs.getString("name_as_written")));
			});
		return jdbc.sql("""
				SELECT %s, pending_state, updated_at, decided_at, announced_at, cancel_reason, submitted_by,
				       decided_by
				FROM topic WHERE event_id = ? ORDER BY id""".formatted(TopicRows.COLUMNS))
			.param(eventId)
			.query((rs, row) -> {
				TopicRow topic = TopicRows.row(rs, row);
				String pending = rs.getString("pending_state");
				return new BackedUpTopic(topic.guid(), topic.microconferenceId(), topic.plainTrackId(), topic.state(),
						pending == null ? null : TopicState.valueOf(pending), topic.title(), topic.abstractText(),
						topic.durationMinutes(), topic.notes(), topic.createdAt(), instant(rs, "updated_at"),
						topic.submittedAt(), instant(rs, "decided_at"), instant(rs, "announced_at"),
						rs.getString("cancel_reason"), rs.getObject("submitted_by", Long.class),
						rs.getObject("decided_by", Long.class), speakers.getOrDefault(topic.id(), List.of()));
			})
			.list();
	}

	/**
	 * @return the topic's id
	 */
	public long insert(long eventId, BackedUpTopic topic) {
		counts.move(eventId, topic.microconferenceId(), topic.plainTrackId(),
				CallTopicCountRepository.change(TopicState.DRAFT, topic.state()));
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO topic (guid, event_id, microconference_id, plain_track_id, state, pending_state, title,
				                   abstract, duration_minutes, notes, submission_key, created_at, updated_at,
				                   submitted_at, decided_at, announced_at, cancel_reason, submitted_by, decided_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(topic.guid(), eventId, topic.microconferenceId(), topic.plainTrackId(), topic.state().name(),
					topic.pendingState() == null ? null : topic.pendingState().name(), topic.title(),
					topic.abstractText(), topic.durationMinutes(), topic.notes(), "restore-" + topic.guid(),
					utc(topic.createdAt()), utc(topic.updatedAt()), utc(topic.submittedAt()), utc(topic.decidedAt()),
					utc(topic.announcedAt()), topic.cancelReason(), topic.submittedBy(), topic.decidedBy())
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		List<Speaker> speakers = topic.speakers();
		for (int i = 0; i < speakers.size(); i++) {
			jdbc.sql("INSERT INTO topic_speaker (topic_id, position, person_id, name_as_written) VALUES (?, ?, ?, ?)")
				.params(id, i + 1, speakers.get(i).personId(), speakers.get(i).nameAsWritten())
				.update();
		}
		return id;
	}

	/** The questions of the event's calls, each call's in order. */
	public List<BackedUpQuestion> questionsOfEvent(long eventId) {
		return jdbc.sql("""
				SELECT id, microconference_id, plain_track_id, kind, label, help, options, required, retired_at
				FROM call_question WHERE event_id = ? ORDER BY position, id""")
			.param(eventId)
			.query((rs, row) -> new BackedUpQuestion(rs.getLong("id"), rs.getObject("microconference_id", Long.class),
					rs.getObject("plain_track_id", Long.class), QuestionStore.definition(rs),
					instant(rs, "retired_at")))
			.list();
	}

	/**
	 * The answers of the event's topics: by topic id, each its answers by question id.
	 */
	public Map<Long, Map<Long, String>> answersOfEvent(long eventId) {
		Map<Long, Map<Long, String>> answers = new HashMap<>();
		jdbc.sql("""
				SELECT a.topic_id, a.question_id, a.answer FROM topic_answer a JOIN topic t ON t.id = a.topic_id
				WHERE t.event_id = ?""").param(eventId).query(rs -> {
			answers.computeIfAbsent(rs.getLong("topic_id"), id -> new HashMap<>())
				.put(rs.getLong("question_id"), rs.getString("answer"));
		});
		return answers;
	}

	public void insertAnswer(long topicId, long questionId, String answer) {
		jdbc.sql("INSERT INTO topic_answer (topic_id, question_id, answer) VALUES (?, ?, ?)")
			.params(topicId, questionId, answer)
			.update();
	}

	public Map<UUID, Long> idsOfEvent(long eventId) {
		Map<UUID, Long> ids = new HashMap<>();
		jdbc.sql("SELECT id, guid FROM topic WHERE event_id = ?").param(eventId).query(rs -> {
			ids.put(rs.getObject("guid", UUID.class), rs.getLong("id"));
		});
		return ids;
	}

	/**
	 * The invitations to speak on the event's topics, open or closed, by topic in the
	 * order created, then by when they were made and their token's hash (an order a
	 * restore keeps).
	 */
	public List<BackedUpCoSpeakerInvitation> coSpeakerInvitations(long eventId) {
		return jdbc.sql("""
				SELECT i.topic_id, i.email, i.token_hash, i.invited_by, i.created_at, i.expires_at, i.closed_at,
				       i.outcome, i.answered_by
				FROM co_speaker_invitation i JOIN topic t ON t.id = i.topic_id
				WHERE t.event_id = ? ORDER BY t.id, i.created_at, i.token_hash""").param(eventId).query((rs, row) -> {
			String outcome = rs.getString("outcome");
			return new BackedUpCoSpeakerInvitation(rs.getLong("topic_id"), rs.getString("email"),
					rs.getString("token_hash"), rs.getObject("invited_by", Long.class), instant(rs, "created_at"),
					instant(rs, "expires_at"), instant(rs, "closed_at"),
					outcome == null ? null : CoSpeakerInvitation.State.valueOf(outcome),
					rs.getObject("answered_by", Long.class));
		}).list();
	}

	/** Stores an invitation as it was; still_open follows from its having no outcome. */
	public void insertInvitation(BackedUpCoSpeakerInvitation invitation, String emailKey) {
		jdbc.sql("""
				INSERT INTO co_speaker_invitation (topic_id, email, email_key, token_hash, invited_by, created_at,
				                                   expires_at, closed_at, outcome, answered_by, still_open)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(invitation.topicId(), invitation.email(), emailKey, invitation.tokenSha256(),
					invitation.invitedBy(), utc(invitation.createdAt()), utc(invitation.expiresAt()),
					utc(invitation.closedAt()), invitation.outcome() == null ? null : invitation.outcome().name(),
					invitation.answeredBy(), invitation.outcome() == null ? Boolean.TRUE : null)
			.update();
	}

	/**
	 * The speakers' answers to the event's accepted topics, by topic in the order
	 * created, then by announcement and person GUID (an order a restore keeps).
	 */
	public List<BackedUpConfirmation> confirmations(long eventId) {
		return jdbc.sql("""
				SELECT c.topic_id, c.person_id, c.announced_at, c.answer, c.answered_at, c.reminder_sent_at
				FROM topic_confirmation c JOIN topic t ON t.id = c.topic_id JOIN person p ON p.id = c.person_id
				WHERE t.event_id = ? ORDER BY t.id, c.announced_at, p.guid""")
			.param(eventId)
			.query((rs, row) -> new BackedUpConfirmation(rs.getLong("topic_id"), rs.getLong("person_id"),
					instant(rs, "announced_at"),
					rs.getString("answer") == null ? null : TopicState.valueOf(rs.getString("answer")),
					instant(rs, "answered_at"), instant(rs, "reminder_sent_at")))
			.list();
	}

	public void insert(BackedUpConfirmation confirmation, String tokenHash) {
		jdbc.sql("""
				INSERT INTO topic_confirmation (topic_id, person_id, token_hash, announced_at, answer, answered_at,
				    reminder_sent_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(confirmation.topicId(), confirmation.personId(), tokenHash, utc(confirmation.announcedAt()),
					confirmation.answer() == null ? null : confirmation.answer().name(), utc(confirmation.answeredAt()),
					utc(confirmation.remindedAt()))
			.update();
	}

	public Optional<BackedUpCall> callDefaults(long eventId) {
		return jdbc.sql("""
				SELECT opens_at, closes_at, durations, minutes_budget, reminder_days
				FROM topic_call_defaults WHERE event_id = ?""")
			.param(eventId)
			.query((rs, row) -> new BackedUpCall(instant(rs, "opens_at"), instant(rs, "closes_at"),
					Durations.parseStored(rs.getString("durations")), rs.getInt("minutes_budget"),
					rs.getInt("reminder_days")))
			.optional();
	}

	/** The own settings of the event's MCs' calls that have any, by MC id. */
	public Map<Long, BackedUpCall> microconferenceCalls(long eventId) {
		Map<Long, BackedUpCall> calls = new HashMap<>();
		jdbc.sql("""
				SELECT c.microconference_id, c.opens_at, c.closes_at, c.durations, c.minutes_budget
				FROM mc_topic_call c JOIN microconference m ON m.id = c.microconference_id
				WHERE m.event_id = ? AND (c.opens_at IS NOT NULL OR c.closes_at IS NOT NULL
				    OR c.durations IS NOT NULL OR c.minutes_budget IS NOT NULL)""")
			.param(eventId)
			.query((rs, row) -> Map.entry(rs.getLong("microconference_id"),
					new BackedUpCall(instant(rs, "opens_at"), instant(rs, "closes_at"),
							Durations.parseStored(rs.getString("durations")),
							rs.getObject("minutes_budget", Integer.class), null)))
			.list()
			.forEach(call -> calls.put(call.getKey(), call.getValue()));
		return calls;
	}

	public void insertCallDefaults(long eventId, BackedUpCall call) {
		jdbc.sql("""
				INSERT INTO topic_call_defaults (event_id, opens_at, closes_at, durations, minutes_budget,
				                                 reminder_days, version)
				VALUES (?, ?, ?, ?, ?, ?, 1)""")
			.params(eventId, utc(call.opensAt()), utc(call.closesAt()), Durations.stored(call.durations()),
					call.minutesBudget(), call.reminderDays())
			.update();
	}

	public void insertMicroconferenceCall(long microconferenceId, BackedUpCall call) {
		jdbc.sql("""
				INSERT INTO mc_topic_call (microconference_id, opens_at, closes_at, durations, minutes_budget, version)
				VALUES (?, ?, ?, ?, ?, 1)""")
			.params(microconferenceId, utc(call.opensAt()), utc(call.closesAt()), Durations.stored(call.durations()),
					call.minutesBudget())
			.update();
	}

}
