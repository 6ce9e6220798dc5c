package org.plumbline.cfp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.cfp.domain.CallOverride;
import org.plumbline.cfp.domain.CallQuestionRepository;
import org.plumbline.cfp.domain.CallRepository;
import org.plumbline.cfp.domain.DecisionRepository;
import org.plumbline.cfp.domain.TopicBackupRepository;
import org.plumbline.event.Event;
import org.plumbline.people.EmailKeys;
import org.plumbline.question.QuestionOwner;
import org.plumbline.token.OneTimeTokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An event's calls' settings, plain tracks, topics and its calls' questions and answers
 * for its backup in an event data file, and written back as they were: states, recorded
 * decisions and instants included. A restore tells history, so it moves no state through
 * the topics' lifecycle and mails nobody; one audit entry per topic says that it came
 * from a backup.
 */
@Service
public class TopicBackups {

	private final CallRepository calls;

	private final TopicBackupRepository topics;

	private final AuditLog audit;

	private final CallQuestionRepository questions;

	private final DecisionRepository decisions;

	TopicBackups(CallRepository calls, TopicBackupRepository topics, CallQuestionRepository questions, AuditLog audit,
			DecisionRepository decisions) {
		this.decisions = decisions;
		this.calls = calls;
		this.questions = questions;
		this.topics = topics;
		this.audit = audit;
	}

	/** The event's plain tracks, in the order they were added, by id. */
	@Transactional(readOnly = true)
	public LinkedHashMap<Long, BackedUpTrack> plainTracks(long eventId) {
		LinkedHashMap<Long, BackedUpTrack> tracks = new LinkedHashMap<>();
		Map<String, Integer> budgets = decisions.ownBudgets(eventId);
		calls.plainTracks(eventId)
			.forEach(track -> tracks.put(track.id(),
					new BackedUpTrack(track.slug(), track.name(), track.settings().opensAt(),
							track.settings().closesAt(), track.settings().durations(), budgets.get(track.slug()))));
		return tracks;
	}

	/** The event's topics, in the order they were created. */
	@Transactional(readOnly = true)
	public List<BackedUpTopic> topics(long eventId) {
		return topics.ofEvent(eventId);
	}

	/** The event's topics' ids, by GUID. */
	@Transactional(readOnly = true)
	public Map<UUID, Long> topicIds(long eventId) {
		return topics.idsOfEvent(eventId);
	}

	/**
	 * @return the new track's id
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long restorePlainTrack(Event event, String systemActor, BackedUpTrack track) {
		long id = calls.insertPlainTrack(event.id(), track.slug(), track.name(),
				new CallOverride(track.opensAt(), track.closesAt(), track.durations(), 0));
		if (track.minutesBudget() != null) {
			decisions.savePlainTrackBudget(id, track.minutesBudget());
		}
		audit.record(new AuditEntry(event.id(), null, systemActor, "plain-track", Long.toString(id), "restored", null,
				Map.of("slug", track.slug()), null));
		return id;
	}

	/**
	 * @return the new topic's id
	 * @throws org.springframework.dao.DataIntegrityViolationException if the database
	 * refuses it (a GUID another topic has, a submitted topic without its abstract)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long restoreTopic(Event event, String systemActor, BackedUpTopic topic) {
		long id = topics.insert(event.id(), topic);
		audit.record(new AuditEntry(event.id(), null, systemActor, "topic", Long.toString(id), "restored", null,
				Map.of("guid", topic.guid().toString(), "state", topic.state().name()), null));
		return id;
	}

	/** The speakers' answers to the event's accepted topics, asked and given. */
	@Transactional(readOnly = true)
	public List<BackedUpConfirmation> confirmations(long eventId) {
		return topics.confirmations(eventId);
	}

	/**
	 * Writes back a speaker's answer, or the question still open, under the hash of a new
	 * secret that nobody is given: the link mailed before the backup no longer answers
	 * (the file never holds one), and a speaker who has not answered does so on the
	 * topic's page, where the reminder sends them.
	 * @throws org.springframework.dao.DataIntegrityViolationException if the database
	 * refuses it (the speaker answered for the topic already)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void restore(Event event, String systemActor, BackedUpConfirmation confirmation) {
		topics.insert(confirmation, OneTimeTokens.hash(OneTimeTokens.generate()));
		audit.record(new AuditEntry(event.id(), null, systemActor, "topic", Long.toString(confirmation.topicId()),
				"speaker-answer-restored", null, Map.of("person", confirmation.personId(), "answer",
						confirmation.answer() == null ? "none yet" : confirmation.answer().name()),
				null));
	}

	/** The questions of the event's calls, each call's in order, retired ones too. */
	@Transactional(readOnly = true)
	public List<BackedUpQuestion> questions(long eventId) {
		return topics.questionsOfEvent(eventId);
	}

	/**
	 * The answers of the event's topics: by topic id, each its answers by question id.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Map<Long, String>> answers(long eventId) {
		return topics.answersOfEvent(eventId);
	}

	/**
	 * Adds the question after the call's others, retired at its instant if it was.
	 * @return the new question's id
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long restoreQuestion(Event event, String systemActor, BackedUpQuestion question) {
		QuestionOwner owner = question.microconferenceId() != null
				? new QuestionOwner(event.id(), "microconference_id", question.microconferenceId())
				: new QuestionOwner(event.id(), "plain_track_id", question.plainTrackId());
		long id = questions.insert(owner, question.definition());
		if (question.retiredAt() != null) {
			questions.retire(id, 0, question.retiredAt());
		}
		audit.record(new AuditEntry(event.id(), null, systemActor, "call-question", Long.toString(id), "restored", null,
				Map.of("label", question.definition().label()), null));
		return id;
	}

	/**
	 * Stores a restored topic's answers.
	 * @param answers by the ids of questions of the topic's call
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void restoreAnswers(long topicId, Map<Long, String> answers) {
		answers.forEach((questionId, answer) -> topics.insertAnswer(topicId, questionId, answer));
	}

	/** The invitations to speak on the event's topics, open or closed. */
	@Transactional(readOnly = true)
	public List<BackedUpCoSpeakerInvitation> coSpeakerInvitations(long eventId) {
		return topics.coSpeakerInvitations(eventId);
	}

	/**
	 * Writes back an invitation to speak on a topic restored already, under the hash of
	 * its mailed link's token, so that the link answers as it did. Nobody is mailed.
	 * @throws org.springframework.dao.DataIntegrityViolationException if the database
	 * refuses it (the address has an open invitation to the topic already, the site holds
	 * an invitation under this hash already)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void restoreCoSpeakerInvitation(Event event, String systemActor, BackedUpCoSpeakerInvitation invitation) {
		topics.insertInvitation(invitation, EmailKeys.of(invitation.email()));
		audit.record(new AuditEntry(event.id(), null, systemActor, "co-speaker-invitation",
				Long.toString(invitation.topicId()), "restored", null, Map.of("email", invitation.email(), "outcome",
						invitation.outcome() == null ? "open" : invitation.outcome().name()),
				null));
	}

	/** The event's default call for topics, if it saved one. */
	@Transactional(readOnly = true)
	public Optional<BackedUpCall> callDefaults(long eventId) {
		return topics.callDefaults(eventId);
	}

	/** The own settings of the event's MCs' calls, of those that have any, by MC id. */
	@Transactional(readOnly = true)
	public Map<Long, BackedUpCall> microconferenceCalls(long eventId) {
		return topics.microconferenceCalls(eventId);
	}

	/**
	 * @throws org.springframework.dao.DataIntegrityViolationException if the database
	 * refuses it (a deadline not after the opening, a budget that is not positive)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void restoreCallDefaults(Event event, String systemActor, BackedUpCall call) {
		topics.insertCallDefaults(event.id(), call);
		audit.record(new AuditEntry(event.id(), null, systemActor, "call-defaults", event.slug(), "restored", null,
				Map.of("durations", call.durations().toString(), "minutesBudget", call.minutesBudget()), null));
	}

	/**
	 * @throws org.springframework.dao.DataIntegrityViolationException if the database
	 * refuses it (a budget that is not positive)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void restoreMicroconferenceCall(Event event, String systemActor, long microconferenceId, BackedUpCall call) {
		topics.insertMicroconferenceCall(microconferenceId, call);
		audit.record(new AuditEntry(event.id(), null, systemActor, "mc-call", Long.toString(microconferenceId),
				"restored", null, Map.of(), null));
	}

}
