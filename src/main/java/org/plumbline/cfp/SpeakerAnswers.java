package org.plumbline.cfp;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.plumbline.account.AccountPersons;
import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.cfp.domain.ConfirmationRepository;
import org.plumbline.cfp.domain.ConfirmationRow;
import org.plumbline.cfp.domain.DecisionRepository;
import org.plumbline.token.OneTimeTokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cfp feature's facade for the speakers of an accepted topic: each confirms or
 * declines, through the link of the acceptance mail or on the topic's page. The topic
 * becomes CONFIRMED when its first speaker confirms, and DECLINED when its first speaker
 * declines; a co-speaker who declines leaves the topic (DOMAIN.md). Each answer is given
 * once and audited.
 */
@Service
public class SpeakerAnswers {

	private final ConfirmationRepository confirmations;

	private final DecisionRepository decisions;

	private final Topics topics;

	private final AccountPersons accounts;

	private final AuditLog audit;

	private final Clock clock;

	SpeakerAnswers(ConfirmationRepository confirmations, DecisionRepository decisions, Topics topics,
			AccountPersons accounts, AuditLog audit, Clock clock) {
		this.confirmations = confirmations;
		this.decisions = decisions;
		this.topics = topics;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The answer a mailed link asks of the signed-in account; empty for a link that is no
	 * one's, and for one sent to another speaker: a forwarded or leaked link lets nobody
	 * else answer for the speaker it was sent to.
	 */
	@Transactional(readOnly = true)
	public Optional<SpeakerAnswer> byToken(long accountId, String token) {
		return rowOf(accountId, token).map(this::answerOf);
	}

	private Optional<ConfirmationRow> rowOf(long accountId, String token) {
		if (!OneTimeTokens.plausible(token)) {
			return Optional.empty();
		}
		Optional<Long> personId = accounts.verifiedPersonId(accountId);
		return confirmations.findByTokenHash(OneTimeTokens.hash(token))
			.filter(row -> personId.isPresent() && personId.get() == row.personId());
	}

	/**
	 * The signed-in speaker's own answer to a topic, if the account's person was asked
	 * for one: the topic's page shows it, with buttons while it is open.
	 */
	@Transactional(readOnly = true)
	public Optional<SpeakerAnswer> ofSpeaker(long accountId, long topicId) {
		return accounts.verifiedPersonId(accountId)
			.flatMap(personId -> confirmations.find(topicId, personId))
			.map(this::answerOf);
	}

	/**
	 * Answers through a mailed link, as the speaker it was sent to.
	 * @param actorAccountId the signed-in account that opened the link
	 * @throws IllegalArgumentException if the link is no one's, or another speaker's
	 * @throws TopicRefusedException if the speaker answered already, or the topic is no
	 * longer accepted
	 */
	@Transactional
	public SpeakerAnswer answerByToken(long actorAccountId, String token, boolean confirm) {
		ConfirmationRow row = rowOf(actorAccountId, token)
			.orElseThrow(() -> new IllegalArgumentException("This link is not valid."));
		return answer(actorAccountId, row.topicId(), row.personId(), confirm);
	}

	/**
	 * Answers as the signed-in speaker, on the topic's page.
	 * @throws IllegalArgumentException if the account's person was not asked to answer
	 * for this topic
	 * @throws TopicRefusedException as for {@link #answerByToken}
	 */
	@Transactional
	public SpeakerAnswer answerAsSpeaker(long accountId, long topicId, boolean confirm) {
		long personId = accounts.verifiedPersonId(accountId)
			.filter(person -> confirmations.find(topicId, person).isPresent())
			.orElseThrow(() -> new IllegalArgumentException("No answer of account " + accountId + " to " + topicId));
		return answer(accountId, topicId, personId, confirm);
	}

	private SpeakerAnswer answer(long actorAccountId, long topicId, long personId, boolean confirm) {
		confirmations.lockSpeakerAndTopic(personId, topicId);
		SpeakerAnswer before = answerOf(confirmations.find(topicId, personId).orElseThrow());
		if (before.answer() != null) {
			throw new TopicRefusedException(
					"You have " + before.answer().inWords().toLowerCase() + " this topic already.");
		}
		if (!before.open()) {
			throw new TopicRefusedException("This topic is " + before.topic().state().inWords().toLowerCase()
					+ "; it no longer needs your answer.");
		}
		TopicState answer = confirm ? TopicState.CONFIRMED : TopicState.DECLINED;
		confirmations.answer(topicId, personId, answer, clock.instant());
		TopicState topicState = before.topic().state();
		if (before.firstSpeaker() && topicState == TopicState.ACCEPTED) {
			decisions.changeState(topicId, TopicState.ACCEPTED, answer, clock.instant());
			topicState = answer;
		}
		else if (!before.firstSpeaker() && !confirm) {
			confirmations.removeSpeaker(topicId, personId);
		}
		audit.record(new AuditEntry(before.topic().eventId(), actorAccountId, null, "topic", Long.toString(topicId),
				confirm ? "speaker-confirmed" : "speaker-declined", answered(before, before.topic().state(), null),
				answered(before, topicState, answer), null));
		return answerOf(confirmations.find(topicId, personId).orElseThrow());
	}

	private SpeakerAnswer answerOf(ConfirmationRow row) {
		Topic topic = topics.view(row.topicId());
		Topic.Speaker speaker = topic.speakers()
			.stream()
			.filter(candidate -> candidate.personId() == row.personId())
			.findFirst()
			.orElseGet(() -> new Topic.Speaker(row.personId(), ""));
		boolean first = !topic.speakers().isEmpty() && topic.speakers().get(0).personId() == row.personId();
		return new SpeakerAnswer(topic, speaker, row.answer(), first);
	}

	private static Map<String, Object> answered(SpeakerAnswer speaker, TopicState state, TopicState answer) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("state", state.name());
		fields.put("speaker", speaker.speaker().nameAsWritten());
		fields.put("speakerPersonId", speaker.speaker().personId());
		fields.put("answer", answer == null ? null : answer.name());
		return fields;
	}

}
