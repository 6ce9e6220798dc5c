package org.plumbline.schedule.domain;

import static org.plumbline.jdbc.SqlInstants.instant;

import java.util.Collection;
import java.util.List;

import org.plumbline.schedule.SessionInterest;
import org.plumbline.schedule.SharedAudience;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Interest marks summed by the database, one grouped query per figure; each subject's own
 * count as {@link InterestMarkRepository} keeps it.
 */
@Repository
public class AudienceRepository {

	/**
	 * A marker is an account or a visitor, never both, so pairs are joined on each column
	 * apart: a join on either of two columns could use neither column's index.
	 */
	private static final String PAIRS_OF_ONE_MARKER = """
			SELECT a.microconference_id AS first_mc, b.microconference_id AS second_mc
			FROM interest_mark a
			JOIN interest_mark b ON b.%1$s = a.%1$s AND b.microconference_id > a.microconference_id
			WHERE a.event_id = :event AND b.event_id = :event%2$s""";

	private static final String AMONG = " AND a.microconference_id IN (:among) AND b.microconference_id IN (:among)";

	private final JdbcClient jdbc;

	AudienceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<SharedAudience> sharedAudiences(long eventId) {
		return sharedAudiences(eventId, "", List.of());
	}

	public List<SharedAudience> sharedAudiencesAmong(long eventId, Collection<Long> microconferenceIds) {
		return microconferenceIds.isEmpty() ? List.of() : sharedAudiences(eventId, AMONG, microconferenceIds);
	}

	private List<SharedAudience> sharedAudiences(long eventId, String among, Collection<Long> microconferenceIds) {
		var statement = jdbc
			.sql("SELECT first_mc, second_mc, COUNT(*) AS markers FROM ("
					+ PAIRS_OF_ONE_MARKER.formatted("account_id", among) + " UNION ALL "
					+ PAIRS_OF_ONE_MARKER.formatted("visitor_hash", among) + ") pairs GROUP BY first_mc, second_mc")
			.param("event", eventId);
		if (!among.isEmpty()) {
			statement = statement.param("among", microconferenceIds);
		}
		return statement.query(
				(rs, row) -> new SharedAudience(rs.getLong("first_mc"), rs.getLong("second_mc"), rs.getInt("markers")))
			.list();
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
