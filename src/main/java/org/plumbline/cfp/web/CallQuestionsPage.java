package org.plumbline.cfp.web;

import org.plumbline.cfp.TopicCall;
import org.plumbline.event.Event;
import org.plumbline.question.QuestionEditorPage;

/** What a call's questions page shows: the call, and its question editor. */
public record CallQuestionsPage(Event event, TopicCall call, QuestionEditorPage editor) {

	static String path(Event event, TopicCall call) {
		return "/manage/" + event.slug() + "/calls/" + call.slug() + "/questions";
	}

}
