package org.plumbline.cfp;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.cfp.domain.ConfirmationRepository;
import org.plumbline.cfp.domain.DecisionMail;
import org.plumbline.cfp.domain.DecisionRepository;
import org.plumbline.cfp.domain.DecisionRepository.Announced;
import org.plumbline.cfp.domain.DecisionRow;
import org.plumbline.event.Event;
import org.plumbline.token.OneTimeTokens;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What only the data generator does to decisions (its only caller:
 * {@code ModularityTest}): a generated event's leads decide topics by the ten thousand
 * and their speakers confirm by the thousand, too many to go one by one through
 * {@link TopicDecisions} and {@link SpeakerAnswers}, which check the decider's rights and
 * read the topic and its call for each. Here the rights are checked once per call, the
 * call's topics read once, the decisions recorded and announced in batches, and the log
 * records one entry per call, not one per topic: nobody clicked them. Each speaker is
 * mailed as an announcement mails them, and an acceptance carries its link to confirm.
 */
@Service
public class GeneratedDecisions {

	private final DecisionRepository decisions;

	private final ConfirmationRepository confirmations;

	private final TopicDecisions single;

	private final TopicConflicts conflicts;

	private final Topics topics;

	private final TopicCalls calls;

	private final DecisionMail mail;

	private final AuditLog audit;

	private final Clock clock;

	GeneratedDecisions(DecisionRepository decisions, ConfirmationRepository confirmations, TopicDecisions single,
			TopicConflicts conflicts, Topics topics, TopicCalls calls, DecisionMail mail, AuditLog audit, Clock clock) {
		this.decisions = decisions;
		this.confirmations = confirmations;
		this.single = single;
		this.conflicts = conflicts;
		this.topics = topics;
		this.calls = calls;
		this.mail = mail;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records the decisions on topics of one call and announces them at once, as a lead
	 * who decides each and then announces the call would, in the order of the topics'
	 * ids.
	 * @param decisionByTopicId ACCEPTED, REJECTED or WAITLISTED for each topic
	 * @throws DecisionNotAllowedException if there is no such call, the account may not
	 * decide its topics, a topic is not one of the call's, or the account is conflicted
	 * with one
	 * @throws TopicRefusedException if a topic's state does not allow its decision
	 * @throws IllegalArgumentException for a state that is no decision
	 */
	@Transactional
	public Announcement decideAndAnnounce(Event event, String callSlug, long deciderAccountId,
			Map<Long, TopicState> decisionByTopicId) {
		TopicCall call = calls.find(event.id(), callSlug)
			.filter(found -> single.mayDecide(deciderAccountId, event.id(), callSlug))
			.orElseThrow(() -> new DecisionNotAllowedException(
					"No call " + callSlug + " whose topics account " + deciderAccountId + " may decide"));
		Map<Long, DecisionRow> ofCall = decisions.ofCall(event.id(), call.microconferenceId(), call.plainTrackId())
			.stream()
			.collect(Collectors.toMap(DecisionRow::id, Function.identity()));
		List<Announced> announced = new ArrayList<>();
		new TreeMap<>(decisionByTopicId).forEach((topicId, decision) -> {
			DecisionRow topic = ofCall.get(topicId);
			if (topic == null || conflicts.conflicted(topicId, deciderAccountId)) {
				throw new DecisionNotAllowedException("No topic " + topicId + " of " + callSlug + " that account "
						+ deciderAccountId + " may decide");
			}
			TopicDecisions.requireDecision(topic, decision);
			announced.add(new Announced(topicId, decision, topic.state(), topic.version(), topic.decisionVersion()));
		});
		Instant now = clock.instant();
		if (!decisions.recordAndAnnounce(announced, deciderAccountId, now)) {
			throw new OptimisticLockingFailureException(TopicDecisions.STALE);
		}
		Map<TopicState, Integer> counts = new EnumMap<>(TopicState.class);
		int mails = 0;
		for (Announced topic : announced) {
			counts.merge(topic.outcome(), 1, Integer::sum);
			Topic view = topics.view(topic.topicId());
			for (Topic.Speaker speaker : view.speakers()) {
				String token = null;
				if (topic.outcome() == TopicState.ACCEPTED) {
					token = OneTimeTokens.generate();
					confirmations.insert(topic.topicId(), speaker.personId(), OneTimeTokens.hash(token), now);
				}
				if (mail.decision(event, view, speaker, topic.outcome(), token)) {
					mails++;
				}
			}
		}
		Map<String, Object> outcome = new LinkedHashMap<>();
		outcome.put("call", callSlug);
		counts.forEach((state, count) -> outcome.put(state.name(), count));
		audit.record(new AuditEntry(event.id(), deciderAccountId, null, "topic", "generated", "decisions-generated",
				null, outcome, null));
		return new Announcement(counts.getOrDefault(TopicState.ACCEPTED, 0),
				counts.getOrDefault(TopicState.REJECTED, 0), counts.getOrDefault(TopicState.WAITLISTED, 0), mails);
	}

	/**
	 * The first speaker of each accepted topic confirms it, as on the topic's page: each
	 * topic becomes CONFIRMED. One log entry for them all.
	 * @throws IllegalArgumentException if a topic's first speaker was not asked to answer
	 * @throws TopicRefusedException if one answered already, or a topic is no longer
	 * accepted
	 */
	@Transactional
	public void confirmAll(Event event, String actor, List<Long> topicIds) {
		Instant now = clock.instant();
		for (long topicId : topicIds) {
			Topic topic = topics.view(topicId);
			if (topic.eventId() != event.id() || topic.speakers().isEmpty()) {
				throw new IllegalArgumentException("No topic " + topicId + " with a speaker in " + event.slug());
			}
			long personId = topic.speakers().getFirst().personId();
			if (confirmations.find(topicId, personId).isEmpty()) {
				throw new IllegalArgumentException("No answer of person " + personId + " to " + topicId);
			}
			if (!decisions.changeState(topicId, TopicState.ACCEPTED, TopicState.CONFIRMED, now)) {
				throw new TopicRefusedException("Topic " + topicId + " is " + topic.state().inWords().toLowerCase()
						+ "; it no longer needs an answer.");
			}
			if (!confirmations.answer(topicId, personId, TopicState.CONFIRMED, now)) {
				throw new TopicRefusedException("The speaker of topic " + topicId + " has answered already.");
			}
		}
		audit.record(new AuditEntry(event.id(), null, actor, "topic", "generated", "confirmations-generated", null,
				Map.of("topics", topicIds.size()), null));
	}

}
