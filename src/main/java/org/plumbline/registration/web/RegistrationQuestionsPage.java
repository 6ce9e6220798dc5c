package org.plumbline.registration.web;

import org.plumbline.event.Event;
import org.plumbline.question.QuestionEditorPage;

/** What the organisers' page of the registration form's questions shows. */
public record RegistrationQuestionsPage(Event event, QuestionEditorPage editor) {

	static String path(Event event) {
		return "/manage/" + event.slug() + "/registration/questions";
	}

}
