package org.plumbline.registration.domain;

import org.plumbline.question.QuestionOwner;
import org.plumbline.question.QuestionStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The questions of each event's registration form, and the registrations' answers. */
@Repository
public class RegistrationQuestionRepository extends QuestionStore {

	RegistrationQuestionRepository(JdbcClient jdbc) {
		super(jdbc, new Tables("registration_question", "registration_answer", "registration_id"));
	}

	public static QuestionOwner owner(long eventId) {
		return new QuestionOwner(eventId, "event_id", eventId);
	}

}
