package org.plumbline.cfp.domain;

import java.util.List;

import org.plumbline.cfp.TopicCall;
import org.plumbline.question.Question;
import org.plumbline.question.QuestionOwner;
import org.plumbline.question.QuestionStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The custom questions of each call, and the topics' answers to them. A call is its MC or
 * its plain track, whichever of the two columns names it.
 */
@Repository
public class CallQuestionRepository extends QuestionStore {

	CallQuestionRepository(JdbcClient jdbc) {
		super(jdbc, new Tables("call_question", "topic_answer", "topic_id"));
	}

	public static QuestionOwner owner(TopicCall call) {
		return call.isMicroconference()
				? new QuestionOwner(call.eventId(), "microconference_id", call.microconferenceId())
				: new QuestionOwner(call.eventId(), "plain_track_id", call.plainTrackId());
	}

	/** The call's questions in order, retired ones too if asked. */
	public List<Question> ofCall(TopicCall call, boolean withRetired) {
		return of(owner(call), withRetired);
	}

}
