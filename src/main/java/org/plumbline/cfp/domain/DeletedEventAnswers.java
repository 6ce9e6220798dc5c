package org.plumbline.cfp.domain;

import org.plumbline.event.EventDeletion;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes the answers of an event's topics when the event itself is deleted. An answer
 * keeps its question from being deleted (V11: a question with answers is retired, never
 * deleted), so the event's own cascade, which reaches the questions and the topics by
 * different paths, is refused while answers are there. Synchronous, in the deleting
 * transaction: a deletion that fails later keeps the answers too.
 */
@Component
class DeletedEventAnswers {

	private final JdbcClient jdbc;

	DeletedEventAnswers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void deleteAnswersOf(EventDeletion deletion) {
		jdbc.sql("DELETE FROM topic_answer WHERE topic_id IN (SELECT id FROM topic WHERE event_id = ?)")
			.param(deletion.eventId())
			.update();
	}

}
