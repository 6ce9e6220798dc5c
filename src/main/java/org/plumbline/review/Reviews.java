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
import org.plumbline.cfp.TopicCall;
import org.plumbline.cfp.TopicCalls;
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
 * reviewed by its leads and its reviewers, a plain track's by the organisers, who see
 * every call. Nobody sees a topic they are conflicted with ({@code ConflictRule}): it is
 * in none of their lists, counts or means, and its page does not exist for them.
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

	private final AuditLog audit;

	private final Clock clock;

	private final TransactionTemplate transaction;

	Reviews(TopicCalls calls, Rights rights, AccountPersons accounts, Microconferences microconferences,
			ReviewPhases phases, ReviewRepository reviews, AuditLog audit, Clock clock,
			PlatformTransactionManager transactionManager) {
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
			return new Dashboard(event, reviewable, shown, byState, byPending, all.size(), query);
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
					return new TopicUnderReview(event, reviewable, row.topic(), row.abstractText(), row.notes(), others,
							mine);
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
				|| (call.isMicroconference() && rights.isReviewer(accountId, event.id(), call.microconferenceId()));
		if (!reviews) {
			return Optional.empty();
		}
		return Optional.of(new ReviewableCall(call, organiser || leads, phases.of(call)));
	}

	private static Checked checked(ReviewInput input) {
		FieldChecks checks = new FieldChecks();
		String typed = input.score() == null ? "" : input.score().strip();
		Integer score = null;
		try {
			score = Integer.valueOf(typed.startsWith("+") ? typed.substring(1) : typed);
		}
		catch (NumberFormatException notANumber) {
			score = null;
		}
		if (score == null || score < -2 || score > 2) {
			checks.check("score", Optional.of("Choose a score from -2 to +2."));
		}
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
