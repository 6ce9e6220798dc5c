package org.plumbline.cfp;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.plumbline.account.AccountPersons;
import org.plumbline.account.Rights;
import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.cfp.domain.DecisionRepository;
import org.plumbline.cfp.domain.DecisionRow;
import org.plumbline.microconference.Microconferences;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cfp feature's facade for deciding topics (DOMAIN.md, "Recorded, then announced";
 * L3): the leads of a topic's MC and the organisers record a decision quietly as the
 * topic's pending state, then announce a call's decisions at once. Speakers and public
 * pages see only the state. Conflicts of interest are review/'s rule: it asks here only
 * after checking them, in the same transaction.
 */
@Service
public class TopicDecisions {

	static final String STALE = "This topic was changed since you opened it: look at it again before you decide.";

	private static final Set<TopicState> DECISIONS = EnumSet.of(TopicState.ACCEPTED, TopicState.REJECTED,
			TopicState.WAITLISTED);

	private final DecisionRepository decisions;

	private final Topics topics;

	private final TopicCalls calls;

	private final Rights rights;

	private final AccountPersons accounts;

	private final Microconferences microconferences;

	private final AuditLog audit;

	private final Clock clock;

	TopicDecisions(DecisionRepository decisions, Topics topics, TopicCalls calls, Rights rights,
			AccountPersons accounts, Microconferences microconferences, AuditLog audit, Clock clock) {
		this.decisions = decisions;
		this.topics = topics;
		this.calls = calls;
		this.rights = rights;
		this.accounts = accounts;
		this.microconferences = microconferences;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A call's topics as its deciders see them: every state but DRAFT, with the pending
	 * decision, first submitted first; empty for an unknown call. Whether the reader may
	 * see them is the caller's to check ({@link #mayDecide}).
	 */
	@Transactional(readOnly = true)
	public List<DecidableTopic> topicsOfCall(long eventId, String callSlug) {
		return calls.find(eventId, callSlug)
			.map(call -> decisions.ofCall(eventId, call.microconferenceId(), call.plainTrackId())
				.stream()
				.map(this::decidable)
				.toList())
			.orElse(List.of());
	}

	/** One topic of a call, if it is in that call and not a draft. */
	@Transactional(readOnly = true)
	public Optional<DecidableTopic> topicOfCall(long eventId, String callSlug, long topicId) {
		return calls.find(eventId, callSlug)
			.flatMap(call -> decisions.find(topicId)
				.filter(row -> row.eventId() == eventId && inCall(row, call) && row.state() != TopicState.DRAFT))
			.map(this::decidable);
	}

	/**
	 * Whether the account decides the call's topics: an organiser of the event, or a lead
	 * of the call's MC (for a plain track, organisers only).
	 */
	@Transactional(readOnly = true)
	public boolean mayDecide(long accountId, long eventId, String callSlug) {
		return calls.find(eventId, callSlug)
			.filter(call -> mayDecide(accountId, eventId, call.microconferenceId()))
			.isPresent();
	}

	/**
	 * Records a decision quietly as the topic's pending state, or clears it
	 * ({@code null}): a submitted topic may get any decision, a wait-listed one ACCEPTED
	 * or REJECTED; a pending decision can be changed or cleared until it is announced.
	 * Audited; no mail.
	 * @param decision ACCEPTED, REJECTED, WAITLISTED or {@code null}
	 * @throws DecisionNotAllowedException if there is no such topic or the account may
	 * not decide it
	 * @throws TopicRefusedException if the topic's state does not allow the decision
	 * @throws OptimisticLockingFailureException if the topic changed since
	 * {@code version}
	 * @throws IllegalArgumentException for a state that is no decision
	 */
	@Transactional
	public DecidableTopic record(long actorAccountId, long topicId, int version, TopicState decision) {
		if (decision != null && !DECISIONS.contains(decision)) {
			throw new IllegalArgumentException(decision + " is no decision: ACCEPTED, REJECTED or WAITLISTED");
		}
		DecisionRow topic = decidableBy(actorAccountId, topicId);
		requireDecidable(topic, decision);
		if (!decisions.recordPending(topicId, decision, actorAccountId, clock.instant(), version)) {
			throw new OptimisticLockingFailureException(STALE);
		}
		audit.record(new AuditEntry(topic.eventId(), actorAccountId, null, "topic", Long.toString(topicId),
				decision == null ? "decision-cleared" : "decision-recorded",
				pending(topic.state(), topic.pendingState()), pending(topic.state(), decision), null));
		return decidable(decisions.find(topicId).orElseThrow());
	}

	/**
	 * {@link #record} for several topics, each at its version, all or nothing: one
	 * refusal or one stale version leaves every topic as it was.
	 */
	@Transactional
	public List<DecidableTopic> recordAll(long actorAccountId, Map<Long, Integer> versionsByTopicId,
			TopicState decision) {
		List<DecidableTopic> recorded = new ArrayList<>();
		new TreeMap<>(versionsByTopicId)
			.forEach((topicId, version) -> recorded.add(record(actorAccountId, topicId, version, decision)));
		return recorded;
	}

	private void requireDecidable(DecisionRow topic, TopicState decision) {
		boolean allowed = switch (topic.state()) {
			case SUBMITTED -> true;
			case WAITLISTED -> decision != TopicState.WAITLISTED;
			default -> false;
		};
		if (!allowed) {
			throw new TopicRefusedException(topic.state() == TopicState.WAITLISTED
					? "This topic is wait-listed already: accept or reject it."
					: "This topic is " + topic.state().inWords().toLowerCase() + "; it can no longer be decided.");
		}
	}

	/** The topic, if the account may decide it. */
	private DecisionRow decidableBy(long accountId, long topicId) {
		return decisions.find(topicId)
			.filter(topic -> topic.state() != TopicState.DRAFT)
			.filter(topic -> mayDecide(accountId, topic.eventId(), topic.microconferenceId()))
			.orElseThrow(() -> new DecisionNotAllowedException(
					"No topic " + topicId + " that account " + accountId + " may decide"));
	}

	private boolean mayDecide(long accountId, long eventId, Long microconferenceId) {
		if (rights.isOrganiser(accountId, eventId)) {
			return true;
		}
		return microconferenceId != null && accounts.verifiedPersonId(accountId)
			.map(personId -> microconferences.isLedBy(microconferenceId, personId))
			.orElse(false);
	}

	private static boolean inCall(DecisionRow topic, TopicCall call) {
		return call.isMicroconference() ? call.microconferenceId().equals(topic.microconferenceId())
				: call.plainTrackId().equals(topic.plainTrackId());
	}

	private DecidableTopic decidable(DecisionRow row) {
		return new DecidableTopic(topics.view(row.id()), row.pendingState());
	}

	private static Map<String, Object> pending(TopicState state, TopicState pendingState) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("state", state.name());
		fields.put("pendingState", pendingState == null ? null : pendingState.name());
		return fields;
	}

}
