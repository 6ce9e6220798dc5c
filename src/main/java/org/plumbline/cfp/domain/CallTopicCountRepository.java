package org.plumbline.cfp.domain;

import java.util.List;

import org.plumbline.cfp.CallSize;
import org.plumbline.cfp.TopicState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How many topics stand submitted in each call, kept up to date by the repositories that
 * write topics, in the transaction of each write that creates a topic or moves it into or
 * out of the submitted states (every state but draft and withdrawn). Decisions move a
 * topic between submitted states only, and leave the count as it is.
 */
@Repository
public class CallTopicCountRepository {

	private final JdbcClient jdbc;

	CallTopicCountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether a topic in this state counts as submitted. */
	static boolean counted(TopicState state) {
		return state != TopicState.DRAFT && state != TopicState.WITHDRAWN;
	}

	/** By how much a topic's move from one state to another changes its call's count. */
	static int change(TopicState from, TopicState to) {
		return (counted(to) ? 1 : 0) - (counted(from) ? 1 : 0);
	}

	/**
	 * Moves the call's count by {@code change}, in the transaction of the topics' write:
	 * the row, updated in place, holds every concurrent writer until the first commits. A
	 * call without a row yet is locked (its MC's or plain track's row) before its row is
	 * inserted, so that of two first submissions at once the second waits and then counts
	 * on the row the first inserted, rather than failing on its unique key. A new topic
	 * is counted before it is inserted: its foreign key share-locks that same row, and
	 * two transactions that each held the share lock would each wait for the other's.
	 */
	void move(long eventId, Long microconferenceId, Long plainTrackId, int change) {
		if (change == 0) {
			return;
		}
		boolean ofMicroconference = microconferenceId != null;
		String call = ofMicroconference ? "microconference_id" : "plain_track_id";
		long callId = ofMicroconference ? microconferenceId : plainTrackId;
		if (add(call, callId, change)) {
			return;
		}
		jdbc.sql("SELECT id FROM " + (ofMicroconference ? "microconference" : "plain_track")
				+ " WHERE id = ? FOR UPDATE")
			.param(callId)
			.query(Long.class)
			.single();
		if (!add(call, callId, change)) {
			jdbc.sql("INSERT INTO call_topic_count (event_id, " + call + ", submitted) VALUES (?, ?, ?)")
				.params(eventId, callId, change)
				.update();
		}
	}

	/**
	 * Moves the count of the topic's call by the change of its move between the states.
	 */
	void moveOf(long topicId, TopicState from, TopicState to) {
		int change = change(from, to);
		if (change == 0) {
			return;
		}
		Long[] call = jdbc.sql("SELECT event_id, microconference_id, plain_track_id FROM topic WHERE id = ?")
			.param(topicId)
			.query((rs,
					row) -> new Long[] { rs.getLong("event_id"), rs.getObject("microconference_id", Long.class),
							rs.getObject("plain_track_id", Long.class) })
			.single();
		move(call[0], call[1], call[2], change);
	}

	private boolean add(String call, long callId, int change) {
		return jdbc.sql("UPDATE call_topic_count SET submitted = submitted + ? WHERE " + call + " = ?")
			.params(change, callId)
			.update() == 1;
	}

	/** The count of every call of the event that has a submitted topic, in no order. */
	public List<CallSize> ofEvent(long eventId) {
		return jdbc.sql("""
				SELECT microconference_id, plain_track_id, submitted FROM call_topic_count
				WHERE event_id = ? AND submitted > 0""")
			.param(eventId)
			.query((rs, row) -> new CallSize(rs.getObject("microconference_id", Long.class),
					rs.getObject("plain_track_id", Long.class), rs.getInt("submitted")))
			.list();
	}

}
