package org.plumbline.cfp;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
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
import org.plumbline.cfp.domain.ConfirmationRepository;
import org.plumbline.cfp.domain.DecisionMail;
import org.plumbline.cfp.domain.DecisionRepository;
import org.plumbline.cfp.domain.DecisionRow;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.microconference.Microconferences;
import org.plumbline.token.OneTimeTokens;
import org.plumbline.validation.FieldChecks;
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

	/** The longest reason for a cancellation that the audit log and the topic keep. */
	public static final int MAX_CANCEL_REASON_LENGTH = 1000;

	private static final Set<TopicState> DECISIONS = EnumSet.of(TopicState.ACCEPTED, TopicState.REJECTED,
			TopicState.WAITLISTED);

	private final DecisionRepository decisions;

	private final Topics topics;

	private final TopicCalls calls;

	private final Rights rights;

	private final AccountPersons accounts;

	private final Microconferences microconferences;

	private final ConfirmationRepository confirmations;

	private final DecisionMail mail;

	private final EventCatalog events;

	private final AuditLog audit;

	private final Clock clock;

	private final TopicConflicts conflicts;

	TopicDecisions(DecisionRepository decisions, Topics topics, TopicCalls calls, Rights rights,
			AccountPersons accounts, Microconferences microconferences, ConfirmationRepository confirmations,
			DecisionMail mail, EventCatalog events, AuditLog audit, Clock clock, TopicConflicts conflicts) {
		this.decisions = decisions;
		this.confirmations = confirmations;
		this.mail = mail;
		this.events = events;
		this.topics = topics;
		this.calls = calls;
		this.rights = rights;
		this.accounts = accounts;
		this.microconferences = microconferences;
		this.audit = audit;
		this.clock = clock;
		this.conflicts = conflicts;
	}

	/**
	 * A call's topics as its deciders see them: every state but DRAFT, with the pending
	 * decision, first submitted first; empty for an unknown call. Whether the reader may
	 * see them is the caller's to check ({@link #mayDecide}).
	 */
	@Transactional(readOnly = true)
	List<DecidableTopic> topicsOfCall(long eventId, String callSlug) {
		return calls.find(eventId, callSlug)
			.map(call -> decisions.ofCall(eventId, call.microconferenceId(), call.plainTrackId())
				.stream()
				.map(this::decidable)
				.toList())
			.orElse(List.of());
	}

	/** One topic of a call, if it is in that call and not a draft. */
	@Transactional(readOnly = true)
	Optional<DecidableTopic> topicOfCall(long eventId, String callSlug, long topicId) {
		return calls.find(eventId, callSlug)
			.flatMap(call -> decisions.find(topicId)
				.filter(row -> row.eventId() == eventId && inCall(row, call) && row.state() != TopicState.DRAFT))
			.map(this::decidable);
	}

	/**
	 * A topic of the event that is not a draft, whatever its call, unless the account is
	 * conflicted with it ({@link TopicConflicts}).
	 */
	@Transactional(readOnly = true)
	public Optional<DecidableTopic> topicOfEvent(long accountId, long eventId, long topicId) {
		return decisions.find(topicId)
			.filter(row -> row.eventId() == eventId && row.state() != TopicState.DRAFT)
			.filter(row -> !conflicts.conflicted(topicId, accountId))
			.map(this::decidable);
	}

	/**
	 * Whether the account decides the call's topics: an organiser of the event, or a lead
	 * of the call's MC (for a plain track, organisers only).
	 */
	@Transactional(readOnly = true)
	boolean mayDecide(long accountId, long eventId, String callSlug) {
		return calls.find(eventId, callSlug)
			.filter(call -> mayDecide(accountId, eventId, call.microconferenceId()))
			.isPresent();
	}

	/**
	 * Records a decision quietly as the topic's pending state, or clears it
	 * ({@code null}): a submitted topic may get any decision, a wait-listed one ACCEPTED
	 * or REJECTED; a pending decision can be changed or cleared until it is announced.
	 * Audited; no mail.
	 * @param seen the versions the decider's page showed
	 * @param decision ACCEPTED, REJECTED, WAITLISTED or {@code null}
	 * @throws DecisionNotAllowedException if there is no such topic or the account may
	 * not decide it
	 * @throws TopicRefusedException if the topic's state does not allow the decision
	 * @throws OptimisticLockingFailureException if the topic or its recorded decision
	 * changed since the page showed them
	 * @throws IllegalArgumentException for a state that is no decision
	 */
	@Transactional
	public DecidableTopic record(long actorAccountId, long topicId, DecisionVersions seen, TopicState decision) {
		if (decision != null && !DECISIONS.contains(decision)) {
			throw new IllegalArgumentException(decision + " is no decision: ACCEPTED, REJECTED or WAITLISTED");
		}
		DecisionRow topic = decidableBy(actorAccountId, topicId);
		requireDecidable(topic, decision);
		if (!decisions.recordPending(topicId, decision, actorAccountId, clock.instant(), seen)) {
			throw new OptimisticLockingFailureException(STALE);
		}
		audit.record(new AuditEntry(topic.eventId(), actorAccountId, null, "topic", Long.toString(topicId),
				decision == null ? "decision-cleared" : "decision-recorded",
				pending(topic.state(), topic.pendingState()), pending(topic.state(), decision), null));
		return decidable(decisions.find(topicId).orElseThrow());
	}

	/**
	 * Clears the decision the account recorded on the topic and nobody announced yet, as
	 * when they declare a conflict with it: a decision by someone conflicted must not
	 * wait there for another decider to announce unaware. Audited; nothing if the pending
	 * decision is another's or there is none.
	 */
	@Transactional
	public void clearOwnPendingDecision(long accountId, long topicId) {
		decisions.find(topicId)
			.filter(topic -> topic.pendingState() != null)
			.filter(topic -> decisions.clearPendingBy(topicId, accountId))
			.ifPresent(topic -> audit.record(new AuditEntry(topic.eventId(), accountId, null, "topic",
					Long.toString(topicId), "decision-cleared", pending(topic.state(), topic.pendingState()),
					pending(topic.state(), null), null)));
	}

	/**
	 * {@link #record} for several topics, each at the versions its page showed, all or
	 * nothing: one refusal or one stale version leaves every topic as it was.
	 */
	@Transactional
	public List<DecidableTopic> recordAll(long actorAccountId, Map<Long, DecisionVersions> versionsByTopicId,
			TopicState decision) {
		List<DecidableTopic> recorded = new ArrayList<>();
		new TreeMap<>(versionsByTopicId)
			.forEach((topicId, seen) -> recorded.add(record(actorAccountId, topicId, seen, decision)));
		return recorded;
	}

	/**
	 * Announces a call's decisions: every pending decision becomes the topic's state, and
	 * each speaker with a verified account is mailed the outcome (an acceptance with a
	 * link to confirm or decline, one per speaker and topic), replacing a decision mail
	 * about the topic not yet sent. A pending decision on a topic its speakers withdrew
	 * meanwhile is dropped, and so is one recorded by someone conflicted with the topic
	 * since (marked against a speaker, or a speaker now): nobody announces it unaware.
	 * Each change is audited.
	 * @throws DecisionNotAllowedException if there is no such call or the account may not
	 * decide its topics
	 */
	@Transactional
	public Announcement announce(long actorAccountId, long eventId, String callSlug) {
		TopicCall call = calls.find(eventId, callSlug)
			.filter(found -> mayDecide(actorAccountId, eventId, found.microconferenceId()))
			.orElseThrow(() -> new DecisionNotAllowedException(
					"No call " + callSlug + " whose topics account " + actorAccountId + " may decide"));
		Event event = events.findById(eventId).orElseThrow();
		Map<TopicState, Integer> announced = new EnumMap<>(TopicState.class);
		int mails = 0;
		for (DecisionRow topic : decisions.pendingOfCallForUpdate(eventId, call.microconferenceId(),
				call.plainTrackId())) {
			String id = Long.toString(topic.id());
			TopicState outcome = topic.pendingState();
			boolean decidedByTheConflicted = topic.decidedBy() != null
					&& conflicts.conflicted(topic.id(), topic.decidedBy());
			if (!allows(topic.state(), outcome) || decidedByTheConflicted) {
				decisions.recordPending(topic.id(), null, actorAccountId, clock.instant(),
						new DecisionVersions(topic.version(), topic.decisionVersion()));
				audit.record(new AuditEntry(eventId, actorAccountId, null, "topic", id, "decision-dropped",
						pending(topic.state(), outcome), pending(topic.state(), null), null));
				continue;
			}
			decisions.announce(topic.id(), clock.instant());
			audit.record(new AuditEntry(eventId, actorAccountId, null, "topic", id, "decision-announced",
					pending(topic.state(), outcome), pending(outcome, null), null));
			announced.merge(outcome, 1, Integer::sum);
			Topic announcedTopic = topics.view(topic.id());
			for (Topic.Speaker speaker : announcedTopic.speakers()) {
				String token = null;
				if (outcome == TopicState.ACCEPTED) {
					token = OneTimeTokens.generate();
					confirmations.insert(topic.id(), speaker.personId(), OneTimeTokens.hash(token), clock.instant());
				}
				if (mail.decision(event, announcedTopic, speaker, outcome, token)) {
					mails++;
				}
			}
		}
		return new Announcement(announced.getOrDefault(TopicState.ACCEPTED, 0),
				announced.getOrDefault(TopicState.REJECTED, 0), announced.getOrDefault(TopicState.WAITLISTED, 0),
				mails);
	}

	/**
	 * The call's budget of minutes: its own or the event's total, what its accepted and
	 * confirmed topics use, what its recorded and unannounced acceptances will use, and
	 * the first wait-listed topic (by submission) with no recorded decision whose
	 * duration fits in what is then free, for the leads to accept.
	 * @throws IllegalArgumentException if the event has no such call
	 */
	@Transactional(readOnly = true)
	public MinutesBudget budget(long eventId, String callSlug) {
		TopicCall call = calls.find(eventId, callSlug)
			.orElseThrow(() -> new IllegalArgumentException("No call " + callSlug + " in event " + eventId));
		int total = decisions.budgetMinutes(eventId, call.microconferenceId(), call.plainTrackId());
		int used = decisions.usedMinutes(eventId, call.microconferenceId(), call.plainTrackId());
		int pending = decisions.pendingAcceptedMinutes(eventId, call.microconferenceId(), call.plainTrackId());
		Optional<DecidableTopic> fits = decisions.ofCall(eventId, call.microconferenceId(), call.plainTrackId())
			.stream()
			.filter(topic -> topic.state() == TopicState.WAITLISTED && topic.pendingState() == null
					&& topic.durationMinutes() != null && topic.durationMinutes() <= total - used - pending)
			.findFirst()
			.map(this::decidable);
		return new MinutesBudget(total, used, pending, fits);
	}

	/** The event's budget settings, and each call's budget as it stands. */
	@Transactional(readOnly = true)
	public CallBudgets budgets(long eventId) {
		Map<String, MinutesBudget> use = new LinkedHashMap<>();
		for (TopicCall call : calls.calls(eventId)) {
			use.put(call.slug(), budget(eventId, call.slug()));
		}
		return new CallBudgets(decisions.defaultBudgetMinutes(eventId), decisions.reminderDays(eventId),
				decisions.ownBudgets(eventId), use);
	}

	/**
	 * Cancels an accepted or confirmed topic, for the reason given, which the audit log
	 * keeps; its minutes return to the call's budget. Organisers only, and not one
	 * conflicted with the topic.
	 * @throws DecisionNotAllowedException if there is no such topic, the account does not
	 * organise its event, or is conflicted with the topic
	 * @throws TopicRefusedException if the topic is neither accepted nor confirmed
	 * @throws org.plumbline.validation.InvalidFields for a missing or too long reason
	 * @throws OptimisticLockingFailureException if the topic changed since
	 * {@code version}
	 */
	@Transactional
	public Topic cancel(long actorAccountId, long topicId, int version, String reason) {
		DecisionRow topic = decisions.find(topicId)
			.filter(found -> rights.isOrganiser(actorAccountId, found.eventId())
					&& !conflicts.conflicted(topicId, actorAccountId))
			.orElseThrow(() -> new DecisionNotAllowedException(
					"No topic " + topicId + " that account " + actorAccountId + " may cancel"));
		if (topic.state() != TopicState.ACCEPTED && topic.state() != TopicState.CONFIRMED) {
			throw new TopicRefusedException("Only an accepted or confirmed topic can be canceled; this one is "
					+ topic.state().inWords().toLowerCase() + ".");
		}
		FieldChecks checks = new FieldChecks();
		String why = checks.requiredText("reason", reason, MAX_CANCEL_REASON_LENGTH);
		checks.throwIfAny();
		if (!decisions.cancel(topicId, topic.state(), why, clock.instant(), version)) {
			throw new OptimisticLockingFailureException(STALE);
		}
		audit.record(new AuditEntry(topic.eventId(), actorAccountId, null, "topic", Long.toString(topicId), "canceled",
				pending(topic.state(), topic.pendingState()), pending(TopicState.CANCELED, null), why));
		return topics.view(topicId);
	}

	/** Whether a topic in this state may take this decision (or have none). */
	private static boolean allows(TopicState state, TopicState decision) {
		return switch (state) {
			case SUBMITTED -> true;
			case WAITLISTED -> decision != TopicState.WAITLISTED;
			default -> false;
		};
	}

	/**
	 * Refuses what {@link #record} refuses of a decision: a state that is no decision, or
	 * one the topic's state does not allow.
	 */
	static void requireDecision(DecisionRow topic, TopicState decision) {
		if (!DECISIONS.contains(decision)) {
			throw new IllegalArgumentException(decision + " is no decision: ACCEPTED, REJECTED or WAITLISTED");
		}
		requireDecidable(topic, decision);
	}

	private static void requireDecidable(DecisionRow topic, TopicState decision) {
		if (!allows(topic.state(), decision)) {
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
		return new DecidableTopic(topics.view(row.id()), row.pendingState(), row.decisionVersion());
	}

	private static Map<String, Object> pending(TopicState state, TopicState pendingState) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("state", state.name());
		fields.put("pendingState", pendingState == null ? null : pendingState.name());
		return fields;
	}

}
