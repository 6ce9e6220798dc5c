package org.plumbline.cfp;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.plumbline.account.AccountPersons;
import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.cfp.Topic.Speaker;
import org.plumbline.cfp.domain.CallQuestionRepository;
import org.plumbline.cfp.domain.DecisionRepository;
import org.plumbline.cfp.domain.DecisionRow;
import org.plumbline.cfp.domain.TopicContent;
import org.plumbline.cfp.domain.TopicRepository;
import org.plumbline.cfp.domain.TopicRow;
import org.plumbline.event.Event;
import org.plumbline.event.EventCatalog;
import org.plumbline.pagecache.SharedPages;
import org.plumbline.pagecache.SharedPages.UnshownWrites;
import org.plumbline.people.PersonDirectory;
import org.plumbline.question.Question;
import org.plumbline.question.QuestionForms;
import org.plumbline.validation.FieldChecks;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The cfp feature's facade for topics, as their speakers move them: one method per change
 * (DOMAIN.md, L1), each checking who asks, the topic's state and its call's window, then
 * saving and auditing in one transaction (L16). Only a topic's speakers see it; to anyone
 * else it does not exist.
 */
@Service
public class Topics {

	/**
	 * The form issues a UUID; letters, digits and hyphens keep any other key from
	 * reaching the database as text it would refuse (PostgreSQL refuses NUL).
	 */
	private static final Pattern SUBMISSION_KEY = Pattern.compile("[A-Za-z0-9-]{1,64}");

	static final String STALE = "This topic was changed elsewhere since you opened it.";

	private final TopicRepository topics;

	private final TopicCalls calls;

	private final AccountPersons accounts;

	private final PersonDirectory people;

	private final EventCatalog events;

	private final AuditLog audit;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final CallQuestionRepository questions;

	private final DecisionRepository decisions;

	Topics(TopicRepository topics, TopicCalls calls, AccountPersons accounts, PersonDirectory people,
			EventCatalog events, AuditLog audit, Clock clock, PlatformTransactionManager transactionManager,
			CallQuestionRepository questions, DecisionRepository decisions) {
		this.topics = topics;
		this.decisions = decisions;
		this.questions = questions;
		this.calls = calls;
		this.accounts = accounts;
		this.people = people;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/**
	 * Saves a new topic to a call, as a draft or submitted at once, with the account's
	 * person as its first speaker. The form's one-time key makes a second click answer
	 * with the topic the first created, even when both arrive at once.
	 * @throws IllegalArgumentException if the event has no such call or the key is
	 * missing, too long or has other characters than letters, digits and hyphens
	 * @throws TopicRefusedException if the call is not open, or the account is not
	 * verified
	 * @throws org.plumbline.validation.InvalidFields for a missing or too long field, or
	 * a duration the call does not offer
	 */
	public Topic create(Event event, String callSlug, long accountId, TopicText text, String submissionKey,
			boolean submit) {
		if (submissionKey == null || !SUBMISSION_KEY.matcher(submissionKey).matches()) {
			throw new IllegalArgumentException("The form's submission key is missing or malformed.");
		}
		try {
			return transaction.execute(status -> topics.idBySubmissionKey(submissionKey, accountId)
				.map(this::view)
				.orElseGet(() -> createOnce(event, callSlug, accountId, text, submissionKey, submit)));
		}
		catch (DuplicateKeyException secondClick) {
			return transaction.execute(status -> topics.idBySubmissionKey(submissionKey, accountId).map(this::view))
				.orElseThrow(() -> secondClick);
		}
	}

	private Topic createOnce(Event event, String callSlug, long accountId, TopicText text, String submissionKey,
			boolean submit) {
		try (UnshownWrites speakersOwn = shownOnNoPublicPage()) {
			TopicCall call = calls.find(event.id(), callSlug)
				.orElseThrow(() -> new IllegalArgumentException("No call " + callSlug + " in " + event.slug()));
			requireOpen(call, event.timeZone());
			long personId = accounts.verifiedPersonId(accountId)
				.orElseThrow(() -> new TopicRefusedException("Please verify your email address before submitting."));
			Checked checked = checked(text, call, submit);
			TopicContent content = checked.content();
			String name = people.findAll(List.of(personId)).get(personId).displayName();
			TopicState state = submit ? TopicState.SUBMITTED : TopicState.DRAFT;
			long id = topics.insert(event.id(), call.microconferenceId(), call.plainTrackId(), state, content,
					accountId, submissionKey, clock.instant(), new Speaker(personId, name));
			questions.saveAnswers(id, checked.shown(), checked.answers());
			audit.record(new AuditEntry(event.id(), accountId, null, "topic", Long.toString(id),
					submit ? "submitted" : "drafted", null, withAnswers(audited(state, content), checked.answers()),
					null));
			return view(id);
		}
	}

	/**
	 * Saves a speaker's edits of a draft or a submitted topic, in the state it is in.
	 * @throws TopicRefusedException if the topic's call is closed or it was withdrawn
	 * @throws OptimisticLockingFailureException if it was changed since the form was
	 * opened
	 * @throws org.plumbline.validation.InvalidFields as for {@link #create}
	 */
	@Transactional
	public Topic edit(long accountId, long topicId, int version, TopicText text) {
		try (UnshownWrites speakersOwn = shownOnNoPublicPage()) {
			TopicRow topic = speakersTopic(accountId, topicId);
			TopicCall call = changeable(topic);
			Checked checked = checked(text, call, topic.state() != TopicState.DRAFT);
			TopicContent content = checked.content();
			Map<Long, String> answersBefore = questions.answers(topicId);
			save(topic, topic.state(), content, topic.submittedAt(), version);
			questions.saveAnswers(topicId, checked.shown(), checked.answers());
			audit.record(new AuditEntry(topic.eventId(), accountId, null, "topic", Long.toString(topicId), "edited",
					withAnswers(audited(topic), answersBefore),
					withAnswers(audited(topic.state(), content), questions.answers(topicId)), null));
			dropPendingDecisionIfChanged(topic, content, !answersBefore.equals(questions.answers(topicId)), accountId);
			return view(topicId);
		}
	}

	/**
	 * A decision recorded quietly on a topic its speakers then change was made on a text,
	 * duration or answers that no longer stand: announcing it would accept what nobody
	 * read, or overrun the budget. It is dropped, and the leads see the topic undecided
	 * again; the speakers see nothing, as they saw nothing of the decision.
	 */
	private void dropPendingDecisionIfChanged(TopicRow before, TopicContent after, boolean answersChanged,
			long speakerAccountId) {
		TopicContent seen = new TopicContent(before.title(), before.abstractText(), before.durationMinutes(),
				before.notes());
		Optional<DecisionRow> pending = decisions.find(before.id()).filter(row -> row.pendingState() != null);
		if (pending.isEmpty() || (seen.equals(after) && !answersChanged)) {
			return;
		}
		DecisionRow decided = pending.get();
		decisions.recordPending(before.id(), null, speakerAccountId, clock.instant(),
				new DecisionVersions(decided.version(), decided.decisionVersion()));
		audit.record(new AuditEntry(before.eventId(), speakerAccountId, null, "topic", Long.toString(before.id()),
				"decision-dropped", Map.of("decision", decided.pendingState().name()),
				Map.of("reason", "The speakers changed the topic after the decision was recorded."), null));
	}

	/**
	 * Submits a draft with the text of the form: DRAFT → SUBMITTED.
	 * @throws TopicRefusedException if the call is closed or the topic is not a draft
	 * @throws OptimisticLockingFailureException if it was changed since the form was
	 * opened
	 * @throws org.plumbline.validation.InvalidFields if a field a submitted topic needs
	 * is missing or wrong
	 */
	@Transactional
	public Topic submit(long accountId, long topicId, int version, TopicText text) {
		try (UnshownWrites speakersOwn = shownOnNoPublicPage()) {
			TopicRow topic = speakersTopic(accountId, topicId);
			TopicCall call = changeable(topic);
			if (topic.state() != TopicState.DRAFT) {
				throw new TopicRefusedException("This topic is submitted already.");
			}
			Checked checked = checked(text, call, true);
			TopicContent content = checked.content();
			Map<Long, String> answersBefore = questions.answers(topicId);
			save(topic, TopicState.SUBMITTED, content, clock.instant(), version);
			questions.saveAnswers(topicId, checked.shown(), checked.answers());
			audit.record(new AuditEntry(topic.eventId(), accountId, null, "topic", Long.toString(topicId), "submitted",
					withAnswers(audited(topic), answersBefore),
					withAnswers(audited(TopicState.SUBMITTED, content), questions.answers(topicId)), null));
			return view(topicId);
		}
	}

	/**
	 * Withdraws a draft or a submitted topic: → WITHDRAWN, for good.
	 * @throws TopicRefusedException if the call is closed or the topic was withdrawn
	 * @throws OptimisticLockingFailureException if it was changed since the page was
	 * opened
	 */
	@Transactional
	public Topic withdraw(long accountId, long topicId, int version) {
		try (UnshownWrites speakersOwn = shownOnNoPublicPage()) {
			TopicRow topic = speakersTopic(accountId, topicId);
			changeable(topic);
			TopicContent content = new TopicContent(topic.title(), topic.abstractText(), topic.durationMinutes(),
					topic.notes());
			save(topic, TopicState.WITHDRAWN, content, topic.submittedAt(), version);
			audit.record(new AuditEntry(topic.eventId(), accountId, null, "topic", Long.toString(topicId), "withdrawn",
					audited(topic), audited(TopicState.WITHDRAWN, content), null));
			return view(topicId);
		}
	}

	/** A topic, if the account is one of its speakers; empty for anyone else. */
	@Transactional(readOnly = true)
	public Optional<Topic> find(long accountId, long topicId) {
		Optional<Long> personId = accounts.verifiedPersonId(accountId);
		if (personId.isEmpty()) {
			return Optional.empty();
		}
		return topics.find(topicId)
			.filter(topic -> topics.speakers(topicId)
				.stream()
				.anyMatch(speaker -> speaker.personId() == personId.get()))
			.map(topic -> view(topic.id()));
	}

	/**
	 * The persons who speak on the event's topics, for organisers' lists of the event's
	 * persons: speakers of topics ever submitted, since a draft is its speakers' own.
	 */
	@Transactional(readOnly = true)
	public Set<Long> speakerPersonIds(long eventId) {
		return topics.speakerPersonIds(eventId);
	}

	/** The topics the account's person speaks on, newest first. */
	@Transactional(readOnly = true)
	public List<Topic> ofSpeaker(long accountId) {
		return accounts.verifiedPersonId(accountId)
			.map(personId -> topics.ofSpeaker(personId).stream().map(topic -> view(topic.id())).toList())
			.orElse(List.of());
	}

	private TopicRow speakersTopic(long accountId, long topicId) {
		return find(accountId, topicId).flatMap(visible -> topics.find(visible.id()))
			.orElseThrow(() -> new IllegalArgumentException("No topic " + topicId + " of account " + accountId));
	}

	/**
	 * A speaker writes only a draft or a submitted topic
	 * ({@link TopicState#speakersMayChange}, which {@link #changeable} enforces), and no
	 * public page shows either: were these writes to drop every kept public page, in a
	 * deadline rush the calls, MCs and schedule would be rendered again for nearly every
	 * visitor (RELIABILITY.md). {@code SpeakersTopicsKeepPublicPagesTest} proves the
	 * pages the same after.
	 */
	private static UnshownWrites shownOnNoPublicPage() {
		return SharedPages.writesShownOnNoPage("topic", "topic_speaker", "topic_answer", "call_topic_count");
	}

	/** The topic's call, if the topic's speakers may change it now. */
	private TopicCall changeable(TopicRow topic) {
		if (!topic.state().speakersMayChange()) {
			throw new TopicRefusedException(
					"This topic is " + topic.state().inWords().toLowerCase() + "; it can no longer be changed.");
		}
		TopicCall call = calls.callOf(topic.eventId(), topic.microconferenceId(), topic.plainTrackId());
		requireOpen(call, zoneOf(topic.eventId()));
		return call;
	}

	/**
	 * A text as {@link #create} would submit it to the event's call, checked as it checks
	 * it: the call must be open and the text complete.
	 * @throws TopicRefusedException if the call is closed
	 * @throws org.plumbline.validation.InvalidFields as {@link #create} does
	 */
	TopicContent submittable(Event event, TopicCall call, TopicText text) {
		requireOpen(call, event.timeZone());
		return checked(text, call, true).content();
	}

	private void requireOpen(TopicCall call, ZoneId zone) {
		String refusal = call.refusal(clock.instant(), zone);
		if (refusal != null) {
			throw new TopicRefusedException(refusal);
		}
	}

	private void save(TopicRow topic, TopicState state, TopicContent content, Instant submittedAt, int version) {
		if (!topics.update(topic.id(), topic.state(), state, content, submittedAt, clock.instant(), version)) {
			throw new OptimisticLockingFailureException(STALE);
		}
	}

	/**
	 * The form's text and answers, checked: a submitted topic needs an abstract, a
	 * duration and an answer to each required question, a draft only a title.
	 */
	private Checked checked(TopicText text, TopicCall call, boolean complete) {
		FieldChecks checks = new FieldChecks();
		String title = checks.requiredLine("title", text.title(), TopicText.MAX_TITLE_LENGTH);
		String abstractText = complete
				? checks.requiredText("abstractText", text.abstractText(), TopicText.MAX_ABSTRACT_LENGTH)
				: checks.optionalText("abstractText", text.abstractText(), TopicText.MAX_ABSTRACT_LENGTH);
		Integer duration = null;
		String typed = text.durationMinutes() == null ? "" : text.durationMinutes().strip();
		String offered = String.join(", ", call.durations().stream().map(String::valueOf).toList());
		if (typed.isEmpty()) {
			checks.check("durationMinutes",
					complete ? Optional.of("Choose how long the talk takes.") : Optional.empty());
		}
		else {
			try {
				duration = Integer.valueOf(typed);
			}
			catch (NumberFormatException notANumber) {
				duration = null;
			}
			if (duration == null || !call.durations().contains(duration)) {
				checks.check("durationMinutes",
						Optional.of("Choose one of the durations this call offers: " + offered + " minutes."));
				duration = null;
			}
		}
		String notes = checks.optionalText("notes", text.notes(), TopicText.MAX_NOTES_LENGTH);
		List<Question> shown = questions.ofCall(call, false);
		Map<Long, String> answers = QuestionForms.answers(shown, text.answers(), complete, checks);
		checks.throwIfAny();
		return new Checked(new TopicContent(title, abstractText, duration, notes), shown, answers);
	}

	/** A form's checked text, the questions it showed and their answers by id. */
	private record Checked(TopicContent content, List<Question> shown, Map<Long, String> answers) {
	}

	Topic view(long topicId) {
		TopicRow topic = topics.find(topicId).orElseThrow();
		TopicCall call = calls.callOf(topic.eventId(), topic.microconferenceId(), topic.plainTrackId());
		return new Topic(topic.id(), topic.guid(), topic.eventId(), call, topic.state(), topic.title(),
				topic.abstractText(), topic.durationMinutes(), topic.notes(), topics.speakers(topicId),
				topic.createdAt(), topic.submittedAt(), topic.version());
	}

	private ZoneId zoneOf(long eventId) {
		return events.findById(eventId).map(Event::timeZone).orElseThrow();
	}

	/** The audited fields with the answers by question id, when the topic has any. */
	private static Map<String, Object> withAnswers(Map<String, Object> fields, Map<Long, String> answers) {
		if (!answers.isEmpty()) {
			fields.put("answers", answers);
		}
		return fields;
	}

	private static Map<String, Object> audited(TopicRow topic) {
		return audited(topic.state(),
				new TopicContent(topic.title(), topic.abstractText(), topic.durationMinutes(), topic.notes()));
	}

	private static Map<String, Object> audited(TopicState state, TopicContent content) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("state", state.name());
		fields.put("title", content.title());
		fields.put("abstract", content.abstractText());
		fields.put("durationMinutes", content.durationMinutes());
		fields.put("notes", content.notes());
		return fields;
	}

}
