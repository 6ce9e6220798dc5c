package org.plumbline.review;

import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.plumbline.account.AccountPersons;
import org.plumbline.account.Rights;
import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.cfp.Announcement;
import org.plumbline.cfp.CallQuestions;
import org.plumbline.cfp.DecidableTopic;
import org.plumbline.cfp.DecisionVersions;
import org.plumbline.cfp.MinutesBudget;
import org.plumbline.cfp.TopicCall;
import org.plumbline.cfp.TopicCalls;
import org.plumbline.cfp.TopicDecisions;
import org.plumbline.cfp.TopicState;
import org.plumbline.event.Event;
import org.plumbline.microconference.Microconferences;
import org.plumbline.review.domain.ReviewRepository;
import org.plumbline.review.domain.TopicRow;
import org.plumbline.validation.FieldChecks;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The review feature's facade: which calls an account reviews, their dashboards, a
 * topic's reviews, and saving one's own review (DOMAIN.md, "Review"). An MC's call is
 * reviewed by its leads and its reviewers, a plain track's by its reviewers; the
 * organisers see every call. Leads and organisers decide; reviewers only review. Nobody
 * sees a topic they are conflicted with ({@code ConflictRule}): it is in none of their
 * lists, counts or means, and its page does not exist for them.
 */
@Service
public class Reviews {

	static final String STALE = "Your review was changed elsewhere since you opened this page.";

	private final TopicCalls calls;

	private final Rights rights;

	private final AccountPersons accounts;

	private final Microconferences microconferences;

	private final ReviewPhases phases;

	private final ReviewRepository reviews;

	private final TopicDecisions decisions;

	private final CallQuestions questions;

	private final AuditLog audit;

	private final Clock clock;

	private final TransactionTemplate transaction;

	Reviews(TopicCalls calls, Rights rights, AccountPersons accounts, Microconferences microconferences,
			ReviewPhases phases, ReviewRepository reviews, TopicDecisions decisions, CallQuestions questions,
			AuditLog audit, Clock clock, PlatformTransactionManager transactionManager) {
		this.decisions = decisions;
		this.questions = questions;
		this.calls = calls;
		this.rights = rights;
		this.accounts = accounts;
		this.microconferences = microconferences;
		this.phases = phases;
		this.reviews = reviews;
		this.audit = audit;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/** The event's calls the account reviews, in the order of the event's calls. */
	@Transactional(readOnly = true)
	public List<ReviewableCall> callsFor(long accountId, Event event) {
		boolean organiser = rights.isOrganiser(accountId, event.id());
		Optional<Long> person = accounts.verifiedPersonId(accountId);
		return calls.calls(event.id())
			.stream()
			.map(call -> reviewable(accountId, event, call, organiser, person))
			.flatMap(Optional::stream)
			.toList();
	}

	/** One call, if the account reviews it; empty for an unknown call too. */
	@Transactional(readOnly = true)
	public Optional<ReviewableCall> call(long accountId, Event event, String callSlug) {
		return calls.find(event.id(), callSlug)
			.flatMap(call -> reviewable(accountId, event, call, rights.isOrganiser(accountId, event.id()),
					accounts.verifiedPersonId(accountId)));
	}

	/** A call's dashboard, if the account reviews the call. */
	@Transactional(readOnly = true)
	public Optional<Dashboard> dashboard(long accountId, Event event, String callSlug, DashboardQuery query) {
		return call(accountId, event, callSlug).map(reviewable -> {
			TopicCall call = reviewable.call();
			List<ReviewedTopic> all = reviews
				.topicsOfCall(event.id(), call.microconferenceId(), call.plainTrackId(), accountId)
				.stream()
				.map(TopicRow::topic)
				.toList();
			Map<TopicState, Long> byState = new EnumMap<>(TopicState.class);
			Map<TopicState, Long> byPending = new EnumMap<>(TopicState.class);
			for (ReviewedTopic topic : all) {
				byState.merge(topic.state(), 1L, Long::sum);
				if (topic.pendingState() != null) {
					byPending.merge(topic.pendingState(), 1L, Long::sum);
				}
			}
			List<ReviewedTopic> shown = all.stream().filter(query::accepts).sorted(query.order()).toList();
			MinutesBudget budget = null;
			if (reviewable.mayDecide()) {
				MinutesBudget whole = decisions.budget(event.id(), callSlug);
				Optional<DecidableTopic> fits = whole.firstWaitlistedThatFits()
					.filter(topic -> !reviews.conflicted(topic.topic().id(), accountId));
				// Pending acceptances counted from the topics the account sees: the whole
				// call's count would show a lead who speaks in their own MC the quiet
				// decision on their topic as a difference.
				int pendingSeen = all.stream()
					.filter(topic -> topic.pendingState() == TopicState.ACCEPTED && topic.durationMinutes() != null)
					.mapToInt(ReviewedTopic::durationMinutes)
					.sum();
				budget = new MinutesBudget(whole.totalMinutes(), whole.usedMinutes(), pendingSeen, fits);
			}
			return new Dashboard(event, reviewable, shown, byState, byPending, all.size(), query, budget);
		});
	}

	/**
	 * A topic of a call with its reviews, if the account reviews the call and is not
	 * conflicted with the topic.
	 */
	@Transactional(readOnly = true)
	public Optional<TopicUnderReview> topic(long accountId, Event event, String callSlug, long topicId) {
		return call(accountId, event, callSlug).flatMap(reviewable -> {
			TopicCall call = reviewable.call();
			return reviews.topicOfCall(event.id(), call.microconferenceId(), call.plainTrackId(), topicId, accountId)
				.map(row -> {
					List<Review> all = reviews.reviewsOf(topicId);
					Review mine = all.stream()
						.filter(review -> review.reviewerId() == accountId)
						.findFirst()
						.orElse(null);
					List<Review> others = all.stream().filter(review -> review.reviewerId() != accountId).toList();
					return new TopicUnderReview(event, reviewable, row.topic(), row.abstractText(), row.notes(),
							questions.answers(call, topicId), others, mine);
				});
		});
	}

	/**
	 * Saves the account's review of a topic: its first, when {@code version} is
	 * {@code null}, or a change of the version the form showed. A second click of the
	 * same form, even one that arrives at once, saves nothing more.
	 * @throws IllegalArgumentException if the account does not review the call, or is
	 * conflicted with the topic (to the caller, the topic does not exist)
	 * @throws ReviewRefusedException if the review phase is not open or the topic was
	 * withdrawn
	 * @throws org.plumbline.validation.InvalidFields for a score outside -2..+2 or a
	 * comment that does not fit
	 * @throws OptimisticLockingFailureException if the review was saved elsewhere with
	 * other text since the form was opened
	 */
	public Review save(long accountId, Event event, String callSlug, long topicId, Integer version, ReviewInput input) {
		try {
			return transaction.execute(status -> saveOnce(accountId, event, callSlug, topicId, version, input));
		}
		catch (DuplicateKeyException secondClick) {
			return transaction.execute(status -> sameOrStale(accountId, topicId, checked(input), secondClick));
		}
	}

	private Review saveOnce(long accountId, Event event, String callSlug, long topicId, Integer version,
			ReviewInput input) {
		TopicUnderReview topic = topic(accountId, event, callSlug, topicId)
			.orElseThrow(() -> new IllegalArgumentException("No topic " + topicId + " to review for " + accountId));
		if (topic.topic().state() == TopicState.WITHDRAWN) {
			throw new ReviewRefusedException("This topic was withdrawn; it needs no review.");
		}
		String refusal = topic.call().phase().refusal(topic.call().call().name(), clock.instant(), event.timeZone());
		if (refusal != null) {
			throw new ReviewRefusedException(refusal);
		}
		Checked review = checked(input);
		Optional<Review> existing = reviews.find(topicId, accountId);
		if (version == null || existing.isEmpty()) {
			if (existing.isPresent() || version != null) {
				return sameOrStale(accountId, topicId, review, null);
			}
			long id = reviews.insert(topicId, accountId, review.score(), review.comment(), clock.instant());
			audit.record(new AuditEntry(event.id(), accountId, null, "review", Long.toString(id), "reviewed", null,
					audited(topicId, review.score(), review.comment()), null));
		}
		else {
			Review before = existing.get();
			if (!reviews.update(before.id(), review.score(), review.comment(), clock.instant(), version)) {
				return sameOrStale(accountId, topicId, review, null);
			}
			audit.record(new AuditEntry(event.id(), accountId, null, "review", Long.toString(before.id()),
					"review-changed", audited(topicId, before.score(), before.comment()),
					audited(topicId, review.score(), review.comment()), null));
		}
		return reviews.find(topicId, accountId).orElseThrow();
	}

	/**
	 * Records one decision on several topics of a call, all or nothing, through cfp's
	 * {@link TopicDecisions}, after checking in the same transaction that the account
	 * decides the call and is conflicted with none of the topics.
	 * @param versionsByTopicId each topic at the versions the page showed
	 * @param decision ACCEPTED, REJECTED, WAITLISTED, or {@code null} to clear a recorded
	 * decision
	 * @throws IllegalArgumentException if the account does not decide the call, or a
	 * topic is not in it, is a draft or is one the account is conflicted with (to the
	 * caller, it does not exist)
	 * @throws ReviewRefusedException if no topic was chosen
	 * @throws org.plumbline.cfp.TopicRefusedException if a topic's state does not allow
	 * the decision
	 * @throws OptimisticLockingFailureException if a topic changed since the page showed
	 * it
	 */
	@Transactional
	public List<DecidableTopic> decide(long accountId, Event event, String callSlug,
			Map<Long, DecisionVersions> versionsByTopicId, TopicState decision) {
		TopicCall call = decidingCall(accountId, event, callSlug);
		if (versionsByTopicId.isEmpty()) {
			throw new ReviewRefusedException("Choose at least one topic to decide.");
		}
		for (long topicId : versionsByTopicId.keySet()) {
			if (reviews.topicOfCall(event.id(), call.microconferenceId(), call.plainTrackId(), topicId, accountId)
				.isEmpty()) {
				throw new IllegalArgumentException("No topic " + topicId + " that " + accountId + " may decide");
			}
		}
		return decisions.recordAll(accountId, versionsByTopicId, decision);
	}

	/**
	 * Announces the call's recorded decisions through cfp's {@link TopicDecisions}, which
	 * mails the speakers. Refused while a decision is recorded on a topic the account is
	 * conflicted with: announcing it would decide it, so another lead or an organiser
	 * announces.
	 * @throws IllegalArgumentException if the account does not decide the call
	 * @throws ReviewRefusedException if the account is conflicted with a topic whose
	 * decision would be announced
	 */
	@Transactional
	public Announcement announce(long accountId, Event event, String callSlug) {
		TopicCall call = decidingCall(accountId, event, callSlug);
		if (reviews.conflictedWithPendingDecision(event.id(), call.microconferenceId(), call.plainTrackId(),
				accountId)) {
			throw new ReviewRefusedException("A decision is recorded on a topic you submitted, speak on or are "
					+ "conflicted with, so you may not announce this call's decisions: another lead or an organiser "
					+ "announces them.");
		}
		return decisions.announce(accountId, event.id(), callSlug);
	}

	private TopicCall decidingCall(long accountId, Event event, String callSlug) {
		return call(accountId, event, callSlug).filter(ReviewableCall::mayDecide)
			.map(ReviewableCall::call)
			.orElseThrow(() -> new IllegalArgumentException("No call " + callSlug + " that " + accountId + " decides"));
	}

	/**
	 * The review saved by another request, if it says what this form says (a second
	 * click); otherwise the form was stale.
	 */
	private Review sameOrStale(long accountId, long topicId, Checked review, RuntimeException cause) {
		return reviews.find(topicId, accountId)
			.filter(saved -> saved.score() == review.score() && Objects.equals(saved.comment(), review.comment()))
			.orElseThrow(() -> new OptimisticLockingFailureException(STALE, cause));
	}

	private Optional<ReviewableCall> reviewable(long accountId, Event event, TopicCall call, boolean organiser,
			Optional<Long> person) {
		boolean leads = call.isMicroconference()
				&& person.map(id -> microconferences.isLedBy(call.microconferenceId(), id)).orElse(false);
		boolean reviews = organiser || leads
				|| (call.isMicroconference() ? rights.isReviewer(accountId, event.id(), call.microconferenceId())
						: rights.isTrackReviewer(accountId, event.id(), call.plainTrackId()));
		if (!reviews) {
			return Optional.empty();
		}
		return Optional.of(new ReviewableCall(call, organiser || leads, phases.of(call)));
	}

	private static Checked checked(ReviewInput input) {
		FieldChecks checks = new FieldChecks();
		Integer score = checks.score("score", input.score(), Review.MIN_SCORE, Review.MAX_SCORE);
		String comment = checks.optionalText("comment", input.comment(), ReviewInput.MAX_COMMENT_LENGTH);
		checks.throwIfAny();
		return new Checked(score, comment);
	}

	private static Map<String, Object> audited(long topicId, int score, String comment) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("topic", topicId);
		fields.put("score", score);
		fields.put("comment", comment);
		return fields;
	}

	private record Checked(int score, String comment) {
	}

}
