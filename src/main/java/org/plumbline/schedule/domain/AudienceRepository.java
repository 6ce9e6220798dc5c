package org.plumbline.schedule.domain;

import static org.plumbline.jdbc.SqlInstants.instant;

import java.util.List;

import org.plumbline.schedule.SessionInterest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Interest marks summed by the database, one grouped query per figure; each subject's own
 * count as {@link InterestMarkRepository} keeps it.
 */
@Repository
public class AudienceRepository {

	private final JdbcClient jdbc;

	AudienceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<SessionInterest> draftSessions(long eventId) {
		return jdbc.sql("""
				SELECT s.id, s.microconference_id, s.plain_track_id, s.room_id, s.starts_at, s.ends_at,
				       CASE WHEN s.microconference_id IS NOT NULL THEN COALESCE(mc_marks.marks, 0)
				            ELSE COALESCE(talk_marks.peak, 0) END AS interested
				FROM timetable_session s
				JOIN timetable d ON d.id = s.timetable_id AND d.draft_of = ?
				LEFT JOIN interest_count mc_marks ON mc_marks.microconference_id = s.microconference_id
				LEFT JOIN (SELECT t.session_id, MAX(topic_marks.marks) AS peak
				           FROM timetable_talk t
				           JOIN timetable talk_draft ON talk_draft.id = t.timetable_id AND talk_draft.draft_of = ?
				           JOIN interest_count topic_marks ON topic_marks.topic_id = t.topic_id
				           GROUP BY t.session_id) talk_marks ON talk_marks.session_id = s.id
				WHERE s.kind IN ('MICROCONFERENCE', 'TRACK')
				ORDER BY s.starts_at, s.room_id, s.id""")
			.params(eventId, eventId)
			.query((rs, row) -> new SessionInterest(rs.getLong("id"), rs.getObject("microconference_id", Long.class),
					rs.getObject("plain_track_id", Long.class), rs.getLong("room_id"), instant(rs, "starts_at"),
					instant(rs, "ends_at"), rs.getInt("interested")))
			.list();
	}

}
