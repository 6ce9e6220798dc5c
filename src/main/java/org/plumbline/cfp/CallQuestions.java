package org.plumbline.cfp;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plumbline.account.AccountPersons;
import org.plumbline.account.Rights;
import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.plumbline.cfp.domain.CallQuestionRepository;
import org.plumbline.event.Event;
import org.plumbline.microconference.Microconferences;
import org.plumbline.question.Question;
import org.plumbline.question.QuestionDefinition;
import org.plumbline.question.QuestionForms;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The custom questions of each call for topics: the event's organisers and the leads of
 * the call's MC add, edit, reorder and remove them; every change is audited in its
 * transaction. A question that topics answered is retired rather than deleted, so that no
 * answer is lost: new forms no longer show it, and its answers stay on their topics.
 */
@Service
public class CallQuestions {

	static final String STALE = "This question was changed elsewhere since you opened the page.";

	private final TopicCalls calls;

	private final CallQuestionRepository questions;

	private final Rights rights;

	private final AccountPersons accounts;

	private final Microconferences microconferences;

	private final AuditLog audit;

	private final Clock clock;

	CallQuestions(TopicCalls calls, CallQuestionRepository questions, Rights rights, AccountPersons accounts,
			Microconferences microconferences, AuditLog audit, Clock clock) {
		this.calls = calls;
		this.questions = questions;
		this.rights = rights;
		this.accounts = accounts;
		this.microconferences = microconferences;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The call, if the account may manage its questions: an organiser of the event, or a
	 * lead of the call's MC; empty for anyone else, as for an unknown call.
	 */
	@Transactional(readOnly = true)
	public Optional<TopicCall> managedCall(Event event, String callSlug, long accountId) {
		return calls.find(event.id(), callSlug).filter(call -> mayManage(call, accountId));
	}

	/** The questions a new or edited topic's form shows, in order. */
	@Transactional(readOnly = true)
	public List<Question> current(TopicCall call) {
		return questions.ofCall(call, false);
	}

	/** Every question of the call in order, retired ones included. */
	@Transactional(readOnly = true)
	public List<Question> all(TopicCall call) {
		return questions.ofCall(call, true);
	}

	/**
	 * The answers of a topic its speakers see (the topic as {@link Topics#find} gave it
	 * to them), to current and retired questions, in the questions' order.
	 */
	@Transactional(readOnly = true)
	public List<AnsweredQuestion> answers(Topic topic) {
		return answers(topic.call(), topic.id());
	}

	/**
	 * The answers of a topic of the call, to current and retired questions, in the
	 * questions' order: for the leads and reviewers of the call, whom the caller checked.
	 */
	@Transactional(readOnly = true)
	public List<AnsweredQuestion> answers(TopicCall call, long topicId) {
		Map<Long, String> answers = questions.answers(topicId);
		return questions.ofCall(call, true)
			.stream()
			.filter(question -> !question.retired() || answers.containsKey(question.id()))
			.map(question -> new AnsweredQuestion(question, answers.get(question.id())))
			.toList();
	}

	/** A topic's answers as its form's fields, by {@link Question#field}. */
	@Transactional(readOnly = true)
	public Map<String, String> formValues(Topic topic) {
		Map<String, String> values = new LinkedHashMap<>();
		questions.answers(topic.id()).forEach((questionId, answer) -> values.put("answer_" + questionId, answer));
		return values;
	}

	/**
	 * Adds a question after the call's others.
	 * @throws AccessDeniedException if the account may not manage the call's questions
	 */
	@Transactional
	public Question add(Event event, long accountId, String callSlug, QuestionDefinition definition) {
		TopicCall call = managed(event, callSlug, accountId);
		long id = questions.insert(call, definition);
		audit.record(new AuditEntry(event.id(), accountId, null, "call-question", Long.toString(id), "added", null,
				audited(call, definition), null));
		return questions.find(call, id).orElseThrow();
	}

	/**
	 * @throws IllegalArgumentException if the call has no such question, or it is retired
	 * @throws OptimisticLockingFailureException if it changed since the page was opened
	 */
	@Transactional
	public void edit(Event event, long accountId, String callSlug, long questionId, int version,
			QuestionDefinition definition) {
		TopicCall call = managed(event, callSlug, accountId);
		Question question = question(call, questionId);
		if (!questions.update(questionId, definition, version)) {
			throw new OptimisticLockingFailureException(STALE);
		}
		audit.record(new AuditEntry(event.id(), accountId, null, "call-question", Long.toString(questionId), "edited",
				audited(call, question.definition()), audited(call, definition), null));
	}

	/**
	 * Moves a question one place up or down among the call's current questions; the first
	 * stays first, the last last.
	 */
	@Transactional
	public void move(Event event, long accountId, String callSlug, long questionId, int version, boolean up) {
		TopicCall call = managed(event, callSlug, accountId);
		Question question = question(call, questionId);
		List<Question> current = questions.ofCall(call, false);
		int index = current.indexOf(question);
		int neighbour = up ? index - 1 : index + 1;
		if (index < 0 || neighbour < 0 || neighbour >= current.size()) {
			if (question.version() != version) {
				throw new OptimisticLockingFailureException(STALE);
			}
			return;
		}
		if (!questions.swap(questionId, version, current.get(neighbour).id())) {
			throw new OptimisticLockingFailureException(STALE);
		}
		audit.record(new AuditEntry(event.id(), accountId, null, "call-question", Long.toString(questionId),
				up ? "moved-up" : "moved-down", null, null, null));
	}

	/**
	 * Removes a question: deletes it if no topic answered it, else retires it.
	 * @return whether it was deleted (false: retired, its answers kept)
	 */
	@Transactional
	public boolean remove(Event event, long accountId, String callSlug, long questionId, int version) {
		TopicCall call = managed(event, callSlug, accountId);
		Question question = question(call, questionId);
		boolean delete = questions.answerCount(questionId) == 0;
		boolean done = delete ? questions.delete(questionId, version)
				: questions.retire(questionId, version, clock.instant());
		if (!done) {
			throw new OptimisticLockingFailureException(STALE);
		}
		audit.record(new AuditEntry(event.id(), accountId, null, "call-question", Long.toString(questionId),
				delete ? "removed" : "retired", audited(call, question.definition()), null, null));
		return delete;
	}

	private TopicCall managed(Event event, String callSlug, long accountId) {
		return managedCall(event, callSlug, accountId).orElseThrow(
				() -> new AccessDeniedException("Only the organisers and the MC's leads manage a call's questions"));
	}

	private Question question(TopicCall call, long questionId) {
		Question question = questions.find(call, questionId)
			.orElseThrow(() -> new IllegalArgumentException("No question " + questionId + " in " + call.slug()));
		if (question.retired()) {
			throw new IllegalArgumentException("Question " + questionId + " is retired");
		}
		return question;
	}

	private boolean mayManage(TopicCall call, long accountId) {
		if (rights.isOrganiser(accountId, call.eventId())) {
			return true;
		}
		return call.isMicroconference() && accounts.verifiedPersonId(accountId)
			.map(personId -> microconferences.isLedBy(call.microconferenceId(), personId))
			.orElse(false);
	}

	private static Map<String, Object> audited(TopicCall call, QuestionDefinition definition) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("call", call.slug());
		fields.put("kind", definition.kind().name());
		fields.put("label", definition.label());
		fields.put("help", definition.help());
		fields.put("options", definition.options());
		fields.put("required", definition.required());
		return fields;
	}

	/**
	 * A question with a topic's answer to it.
	 *
	 * @param answer as stored, or {@code null} if not answered
	 */
	public record AnsweredQuestion(Question question, String answer) {

		public String shown() {
			return QuestionForms.shown(question, answer);
		}

	}

}
