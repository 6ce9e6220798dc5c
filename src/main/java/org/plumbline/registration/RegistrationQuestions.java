package org.plumbline.registration;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.plumbline.account.Rights;
import org.plumbline.audit.AuditLog;
import org.plumbline.event.Event;
import org.plumbline.question.AnsweredQuestion;
import org.plumbline.question.Question;
import org.plumbline.question.QuestionDefinition;
import org.plumbline.question.QuestionEdits;
import org.plumbline.question.QuestionForms;
import org.plumbline.question.QuestionOwner;
import org.plumbline.registration.domain.RegistrationQuestionRepository;
import org.plumbline.validation.FieldChecks;
import org.plumbline.validation.InvalidFields;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The custom questions of an event's registration form (issue 13, point 1), on the same
 * question model as the calls: the event's organisers add, edit, reorder and remove them,
 * each change audited in its transaction; a question that registrations answered is
 * retired rather than deleted, so that its answers stay with them. The form asks the
 * current questions, and a registration's answers are stored as it is allocated.
 */
@Service
public class RegistrationQuestions {

	private final RegistrationQuestionRepository questions;

	private final Rights rights;

	private final QuestionEdits edits;

	private final Clock clock;

	RegistrationQuestions(RegistrationQuestionRepository questions, Rights rights, AuditLog audit, Clock clock) {
		this.questions = questions;
		this.rights = rights;
		this.edits = new QuestionEdits(questions, audit, "registration-question");
		this.clock = clock;
	}

	/** The questions the registration form asks, in order. */
	@Transactional(readOnly = true)
	public List<Question> current(Event event) {
		return questions.of(owner(event), false);
	}

	/**
	 * Every question of the form in order, retired ones included, for its organisers.
	 * @throws NotAnOrganiserException if the account does not organise the event
	 */
	@Transactional(readOnly = true)
	public List<Question> all(Event event, long accountId) {
		Organisers.require(rights, event, accountId);
		return questions.of(owner(event), true);
	}

	/**
	 * A registration's answers, to current questions and to retired ones it answered, in
	 * the questions' order: for its attendee, whom the caller checked.
	 */
	@Transactional(readOnly = true)
	public List<AnsweredQuestion> answers(Registration registration) {
		return AnsweredQuestion.of(questions.of(owner(registration.eventId()), true),
				questions.answers(registration.id()));
	}

	/**
	 * @throws NotAnOrganiserException if the account does not organise the event
	 */
	@Transactional
	public Question add(Event event, long accountId, QuestionDefinition definition) {
		Organisers.require(rights, event, accountId);
		return edits.add(accountId, owner(event), definition, Map.of());
	}

	/**
	 * @throws OptimisticLockingFailureException if it changed since the page was opened
	 */
	@Transactional
	public void edit(Event event, long accountId, long questionId, int version, QuestionDefinition definition) {
		Organisers.require(rights, event, accountId);
		edits.edit(accountId, owner(event), questionId, version, definition, Map.of());
	}

	/** Moves a question one place up or down; the first stays first, the last last. */
	@Transactional
	public void move(Event event, long accountId, long questionId, int version, boolean up) {
		Organisers.require(rights, event, accountId);
		edits.move(accountId, owner(event), questionId, version, up);
	}

	/**
	 * Removes a question: deletes it if no registration answered it, else retires it.
	 * @return whether it was deleted (false: retired, its answers kept)
	 */
	@Transactional
	public boolean remove(Event event, long accountId, long questionId, int version) {
		Organisers.require(rights, event, accountId);
		return edits.remove(accountId, owner(event), questionId, version, clock.instant(), Map.of());
	}

	/**
	 * The answers a registration form sent to the questions it asks now, every required
	 * one answered.
	 * @param typed the form's fields by name
	 * @throws InvalidFields with a message beside each refused answer
	 */
	Answers checked(Event event, Map<String, String> typed) {
		List<Question> asked = questions.of(owner(event), false);
		FieldChecks checks = new FieldChecks();
		Map<Long, String> answers = QuestionForms.answers(asked, typed, true, checks);
		checks.throwIfAny();
		return new Answers(asked, answers);
	}

	/** Stores a new registration's answers, in the transaction that allocates it. */
	void save(long registrationId, Answers answers) {
		questions.saveAnswers(registrationId, answers.asked(), answers.byQuestion());
	}

	/** The questions a form asked, and its answers by question id. */
	record Answers(List<Question> asked, Map<Long, String> byQuestion) {
	}

	private static QuestionOwner owner(Event event) {
		return owner(event.id());
	}

	private static QuestionOwner owner(long eventId) {
		return RegistrationQuestionRepository.owner(eventId);
	}

}
