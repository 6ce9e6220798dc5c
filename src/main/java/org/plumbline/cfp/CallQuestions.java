package org.plumbline.cfp;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plumbline.account.AccountPersons;
import org.plumbline.account.Rights;
import org.plumbline.audit.AuditLog;
import org.plumbline.cfp.domain.CallQuestionRepository;
import org.plumbline.event.Event;
import org.plumbline.microconference.Microconferences;
import org.plumbline.question.AnsweredQuestion;
import org.plumbline.question.Question;
import org.plumbline.question.QuestionDefinition;
import org.plumbline.question.QuestionEdits;
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

	private final TopicCalls calls;

	private final CallQuestionRepository questions;

	private final Rights rights;

	private final AccountPersons accounts;

	private final Microconferences microconferences;

	private final QuestionEdits edits;

	private final Clock clock;

	CallQuestions(TopicCalls calls, CallQuestionRepository questions, Rights rights, AccountPersons accounts,
			Microconferences microconferences, AuditLog audit, Clock clock) {
		this.calls = calls;
		this.questions = questions;
		this.rights = rights;
		this.accounts = accounts;
		this.microconferences = microconferences;
		this.edits = new QuestionEdits(questions, audit, "call-question");
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
		return AnsweredQuestion.of(questions.ofCall(call, true), questions.answers(topicId));
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
		return edits.add(accountId, CallQuestionRepository.owner(call), definition, audited(call));
	}

	/**
	 * @throws OptimisticLockingFailureException if it changed since the page was opened
	 */
	@Transactional
	public void edit(Event event, long accountId, String callSlug, long questionId, int version,
			QuestionDefinition definition) {
		TopicCall call = managed(event, callSlug, accountId);
		edits.edit(accountId, CallQuestionRepository.owner(call), questionId, version, definition, audited(call));
	}

	/**
	 * Moves a question one place up or down among the call's current questions; the first
	 * stays first, the last last.
	 */
	@Transactional
	public void move(Event event, long accountId, String callSlug, long questionId, int version, boolean up) {
		TopicCall call = managed(event, callSlug, accountId);
		edits.move(accountId, CallQuestionRepository.owner(call), questionId, version, up);
	}

	/**
	 * Removes a question: deletes it if no topic answered it, else retires it.
	 * @return whether it was deleted (false: retired, its answers kept)
	 */
	@Transactional
	public boolean remove(Event event, long accountId, String callSlug, long questionId, int version) {
		TopicCall call = managed(event, callSlug, accountId);
		return edits.remove(accountId, CallQuestionRepository.owner(call), questionId, version, clock.instant(),
				audited(call));
	}

	private TopicCall managed(Event event, String callSlug, long accountId) {
		return managedCall(event, callSlug, accountId).orElseThrow(
				() -> new AccessDeniedException("Only the organisers and the MC's leads manage a call's questions"));
	}

	private boolean mayManage(TopicCall call, long accountId) {
		if (rights.isOrganiser(accountId, call.eventId())) {
			return true;
		}
		return call.isMicroconference() && accounts.verifiedPersonId(accountId)
			.map(personId -> microconferences.isLedBy(call.microconferenceId(), personId))
			.orElse(false);
	}

	private static Map<String, Object> audited(TopicCall call) {
		return Map.of("call", call.slug());
	}

}
