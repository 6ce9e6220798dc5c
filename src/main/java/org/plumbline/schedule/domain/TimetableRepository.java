package org.plumbline.schedule.domain;

import static org.plumbline.jdbc.SqlInstants.instant;
import static org.plumbline.jdbc.SqlInstants.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.plumbline.cfp.TopicState;
import org.plumbline.schedule.SessionKind;
import org.plumbline.schedule.Timetable;
import org.plumbline.schedule.TimetableChange;
import org.plumbline.schedule.TimetableSession;
import org.plumbline.schedule.TimetableTalk;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The timetables of events: the one draft each, the released versions, their sessions,
 * talks and export numbers. Every write to a draft first locks its row
 * ({@link #lockDraft}), so edits of one event's draft run one at a time and export
 * numbers are handed out without gaps or doubles.
 */
@Repository
public class TimetableRepository {

	private static final String TIMETABLE_COLUMNS = "id, event_id, number, change_note, released_at, version";

	/** A timetable's sessions with their export numbers, aliased {@code s}. */
	private static final String SESSION_COLUMNS = """
			s.id, s.guid, n.number AS export_number, s.kind, s.microconference_id, s.plain_track_id, s.title,
			s.room_id, s.starts_at, s.ends_at, s.version, s.pinned
			FROM timetable_session s
			JOIN timetable t ON t.id = s.timetable_id
			JOIN schedule_export_number n ON n.event_id = t.event_id AND n.guid = s.guid
			LEFT JOIN room r ON r.id = s.room_id
			""";

	private static final String SESSION_ORDER = "s.starts_at, r.position, s.id";

	/**
	 * The talks of the timetable {@code :timetable} whose topic, of the timetable's
	 * event, is in one of {@code :states}, with their sessions ({@code s}) and rooms
	 * ({@code r}). Without their export numbers: every placed talk got one when it was
	 * placed, and PostgreSQL, which cannot tell that, takes the join on the topic's GUID
	 * for one row in a thousand and scans the sessions once per talk.
	 */
	private static final String TALKS_IN_STATES = """
			FROM timetable_talk tt
			JOIN timetable t ON t.id = tt.timetable_id
			JOIN topic tp ON tp.id = tt.topic_id AND tp.event_id = t.event_id
			JOIN timetable_session s ON s.id = tt.session_id
			LEFT JOIN room r ON r.id = s.room_id
			WHERE tt.timetable_id = :timetable AND tp.state IN (:states)
			""";

	private final JdbcClient jdbc;

	private final TransactionTemplate savepoint;

	TimetableRepository(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * The event's draft, created empty if it has none yet; two first callers at once get
	 * the same draft, since the second insert meets the unique constraint and reads the
	 * first. The insert runs under a savepoint: PostgreSQL refuses every later statement
	 * of a transaction whose statement failed, unless it is rolled back to one.
	 */
	public long draftId(long eventId) {
		Optional<Long> existing = findDraftId(eventId);
		if (existing.isPresent()) {
			return existing.get();
		}
		try {
			return savepoint.execute(status -> {
				var keys = new GeneratedKeyHolder();
				jdbc.sql("INSERT INTO timetable (event_id, draft_of) VALUES (?, ?)")
					.params(eventId, eventId)
					.update(keys, "id");
				return keys.getKeyAs(Long.class);
			});
		}
		catch (DuplicateKeyException createdMeanwhile) {
			return findDraftId(eventId).orElseThrow(() -> createdMeanwhile);
		}
	}

	public Optional<Long> findDraftId(long eventId) {
		return jdbc.sql("SELECT id FROM timetable WHERE draft_of = ?").param(eventId).query(Long.class).optional();
	}

	/** Locks the event's draft row until the transaction ends, and bumps its version. */
	public long lockDraft(long eventId) {
		long id = draftId(eventId);
		jdbc.sql("SELECT id FROM timetable WHERE id = ? FOR UPDATE").param(id).query(Long.class).single();
		jdbc.sql("UPDATE timetable SET version = version + 1 WHERE id = ?").param(id).update();
		return id;
	}

	/** Sets a restored timetable's version, which its backup gives. */
	public void restoreVersion(long timetableId, int version) {
		jdbc.sql("UPDATE timetable SET version = ? WHERE id = ?").params(version, timetableId).update();
	}

	public Optional<Timetable> find(long timetableId) {
		return jdbc.sql("SELECT " + TIMETABLE_COLUMNS + " FROM timetable WHERE id = ?")
			.param(timetableId)
			.query((rs, row) -> new TimetableHead(rs.getLong("id"), rs.getLong("event_id"),
					rs.getObject("number", Integer.class), rs.getString("change_note"), instant(rs, "released_at"),
					rs.getInt("version")))
			.optional()
			.map(head -> new Timetable(head.id(), head.eventId(), head.number(), head.changeNote(), head.releasedAt(),
					head.version(), sessions(head.id())));
	}

	/** The event's latest released version's id, if it released one. */
	public Optional<Long> latestReleasedId(long eventId) {
		return jdbc.sql("SELECT id FROM timetable WHERE event_id = ? AND number IS NOT NULL ORDER BY number DESC")
			.param(eventId)
			.query(Long.class)
			.stream()
			.findFirst();
	}

	/**
	 * Deletes every timetable of an event, released versions included, with their
	 * sessions, talks and changelogs: only for deleting the event itself.
	 */
	public void deleteAllOfEvent(long eventId) {
		jdbc.sql("DELETE FROM timetable WHERE event_id = ?").param(eventId).update();
	}

	public Optional<Long> releasedId(long eventId, int number) {
		return jdbc.sql("SELECT id FROM timetable WHERE event_id = ? AND number = ?")
			.params(eventId, number)
			.query(Long.class)
			.optional();
	}

	/** The event's released versions, newest first, without their sessions. */
	public List<Timetable> releases(long eventId) {
		return jdbc
			.sql("SELECT " + TIMETABLE_COLUMNS
					+ " FROM timetable WHERE event_id = ? AND number IS NOT NULL ORDER BY number DESC")
			.param(eventId)
			.query((rs, row) -> new Timetable(rs.getLong("id"), rs.getLong("event_id"),
					rs.getObject("number", Integer.class), rs.getString("change_note"), instant(rs, "released_at"),
					rs.getInt("version"), List.of()))
			.list();
	}

	private List<TimetableSession> sessions(long timetableId) {
		Map<Long, List<TimetableTalk>> talks = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT tt.id, tt.session_id, tt.topic_id, tp.guid, n.number AS export_number, tt.starts_at,
				       tt.ends_at, tt.version
				FROM timetable_talk tt
				JOIN topic tp ON tp.id = tt.topic_id
				JOIN schedule_export_number n ON n.event_id = tp.event_id AND n.guid = tp.guid
				WHERE tt.timetable_id = ? ORDER BY tt.starts_at, tt.id""").param(timetableId).query(rs -> {
			TimetableTalk talk = talk(rs);
			talks.computeIfAbsent(talk.sessionId(), id -> new ArrayList<>()).add(talk);
		});
		return jdbc.sql("SELECT " + SESSION_COLUMNS + " WHERE s.timetable_id = ? ORDER BY " + SESSION_ORDER)
			.param(timetableId)
			.query((rs, row) -> session(rs, talks.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	/**
	 * How many of the timetable's talks have their topic in one of the states: those a
	 * released version shows of it.
	 */
	public int talkCount(long timetableId, Collection<TopicState> states) {
		return jdbc.sql("SELECT COUNT(*) " + TALKS_IN_STATES)
			.param("timetable", timetableId)
			.param("states", names(states))
			.query(Integer.class)
			.single();
	}

	/**
	 * One page of the talks that {@link #talkCount} counts, in the order a released
	 * version lists its talks: by start, then as their sessions are ordered, then as
	 * their session orders them. Each of the sessions that hold them comes with only its
	 * talks on the page; the rest of the timetable is not read, so a page costs as much
	 * in a timetable of a thousand talks as in one of twenty.
	 */
	public List<TimetableSession> talkPage(long timetableId, Collection<TopicState> states, long offset, int limit) {
		Map<Long, List<TimetableTalk>> talks = new LinkedHashMap<>();
		String page = """
				SELECT tt.id, tt.session_id, tt.topic_id, tp.guid, tp.event_id, tt.starts_at, tt.ends_at, tt.version,
				       s.starts_at AS session_starts_at, r.position AS room_position
				""" + TALKS_IN_STATES + "ORDER BY tt.starts_at, " + SESSION_ORDER
				+ ", tt.id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY";
		// the export numbers of the page's talks only (see TALKS_IN_STATES)
		jdbc.sql("""
				SELECT page.id, page.session_id, page.topic_id, page.guid, n.number AS export_number, page.starts_at,
				       page.ends_at, page.version
				FROM (%s) page
				JOIN schedule_export_number n ON n.event_id = page.event_id AND n.guid = page.guid
				ORDER BY page.starts_at, page.session_starts_at, page.room_position, page.session_id, page.id"""
			.formatted(page))
			.param("timetable", timetableId)
			.param("states", names(states))
			.param("offset", offset)
			.param("limit", limit)
			.query(rs -> {
				TimetableTalk talk = talk(rs);
				talks.computeIfAbsent(talk.sessionId(), id -> new ArrayList<>()).add(talk);
			});
		if (talks.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + SESSION_COLUMNS + " WHERE s.id IN (:sessions) ORDER BY " + SESSION_ORDER)
			.param("sessions", talks.keySet())
			.query((rs, row) -> session(rs, talks.get(rs.getLong("id"))))
			.list();
	}

	private static List<String> names(Collection<TopicState> states) {
		return states.stream().map(TopicState::name).toList();
	}

	private static TimetableTalk talk(ResultSet rs) throws SQLException {
		return new TimetableTalk(rs.getLong("id"), rs.getLong("session_id"), rs.getLong("topic_id"),
				rs.getObject("guid", UUID.class), rs.getInt("export_number"), instant(rs, "starts_at"),
				instant(rs, "ends_at"), rs.getInt("version"));
	}

	private static TimetableSession session(ResultSet rs, List<TimetableTalk> talks) throws SQLException {
		return new TimetableSession(rs.getLong("id"), rs.getObject("guid", UUID.class), rs.getInt("export_number"),
				SessionKind.valueOf(rs.getString("kind")), rs.getObject("microconference_id", Long.class),
				rs.getObject("plain_track_id", Long.class), rs.getString("title"), rs.getObject("room_id", Long.class),
				instant(rs, "starts_at"), instant(rs, "ends_at"), rs.getInt("version"), rs.getBoolean("pinned"), talks);
	}

	/**
	 * The export number of a session's or talk's GUID in its event, given now (the next
	 * free one) if it has none. Call with the event's draft locked.
	 */
	public int exportNumber(long eventId, UUID guid) {
		Optional<Integer> existing = jdbc
			.sql("SELECT number FROM schedule_export_number WHERE event_id = ? AND guid = ?")
			.params(eventId, guid)
			.query(Integer.class)
			.optional();
		if (existing.isPresent()) {
			return existing.get();
		}
		int next = jdbc.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM schedule_export_number WHERE event_id = ?")
			.param(eventId)
			.query(Integer.class)
			.single();
		jdbc.sql("INSERT INTO schedule_export_number (event_id, guid, number) VALUES (?, ?, ?)")
			.params(eventId, guid, next)
			.update();
		return next;
	}

	/**
	 * Gives a session's or talk's GUID the export number it has elsewhere (a backup's).
	 * @throws DuplicateKeyException if the GUID or the number has one already
	 */
	public void insertExportNumber(long eventId, UUID guid, int number) {
		jdbc.sql("INSERT INTO schedule_export_number (event_id, guid, number) VALUES (?, ?, ?)")
			.params(eventId, guid, number)
			.update();
	}

	public long insertSession(long timetableId, UUID guid, SessionKind kind, Long microconferenceId, Long plainTrackId,
			String title, Long roomId, Instant startsAt, Instant endsAt) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO timetable_session
				    (timetable_id, guid, kind, microconference_id, plain_track_id, title, room_id, starts_at, ends_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(timetableId, guid, kind.name(), microconferenceId, plainTrackId, title, roomId, utc(startsAt),
					utc(endsAt))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/**
	 * @return whether the session was still at {@code version} (and is now moved)
	 */
	public boolean moveSession(long timetableId, long sessionId, int version, Long roomId, Instant startsAt,
			Instant endsAt) {
		return jdbc.sql("""
				UPDATE timetable_session SET room_id = ?, starts_at = ?, ends_at = ?, version = version + 1
				WHERE id = ? AND timetable_id = ? AND version = ?""")
			.params(roomId, utc(startsAt), utc(endsAt), sessionId, timetableId, version)
			.update() == 1;
	}

	/**
	 * @return whether the session was still at {@code version} (and is now pinned or not)
	 */
	public boolean pinSession(long timetableId, long sessionId, int version, boolean pinned) {
		return jdbc.sql("""
				UPDATE timetable_session SET pinned = ?, version = version + 1
				WHERE id = ? AND timetable_id = ? AND version = ?""")
			.params(pinned, sessionId, timetableId, version)
			.update() == 1;
	}

	/**
	 * @return whether the session was still at {@code version} (and is now gone, its
	 * talks too)
	 */
	public boolean deleteSession(long timetableId, long sessionId, int version) {
		return jdbc.sql("DELETE FROM timetable_session WHERE id = ? AND timetable_id = ? AND version = ?")
			.params(sessionId, timetableId, version)
			.update() == 1;
	}

	public long insertTalk(long timetableId, long sessionId, long topicId, Instant startsAt, Instant endsAt) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO timetable_talk (timetable_id, session_id, topic_id, starts_at, ends_at)
				VALUES (?, ?, ?, ?, ?)""")
			.params(timetableId, sessionId, topicId, utc(startsAt), utc(endsAt))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/**
	 * @return whether the talk was still at {@code version} (and is now moved)
	 */
	public boolean moveTalk(long timetableId, long talkId, int version, long sessionId, Instant startsAt,
			Instant endsAt) {
		return jdbc.sql("""
				UPDATE timetable_talk SET session_id = ?, starts_at = ?, ends_at = ?,
				    version = version + 1
				WHERE id = ? AND timetable_id = ? AND version = ?""")
			.params(sessionId, utc(startsAt), utc(endsAt), talkId, timetableId, version)
			.update() == 1;
	}

	/**
	 * @return whether the talk was still at {@code version} (and is now gone)
	 */
	public boolean deleteTalk(long timetableId, long talkId, int version) {
		return jdbc.sql("DELETE FROM timetable_talk WHERE id = ? AND timetable_id = ? AND version = ?")
			.params(talkId, timetableId, version)
			.update() == 1;
	}

	/**
	 * Stores a released version: a copy of the given sessions (their GUIDs kept) with the
	 * given talks of each.
	 * @return the new version's id
	 */
	public long insertRelease(long eventId, int number, String changeNote, Instant releasedAt, Long releasedBy,
			List<TimetableSession> sessions) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO timetable (event_id, number, change_note, released_at, released_by)
				VALUES (?, ?, ?, ?, ?)""")
			.params(eventId, number, changeNote, utc(releasedAt), releasedBy)
			.update(keys, "id");
		long releaseId = keys.getKeyAs(Long.class);
		for (TimetableSession session : sessions) {
			long sessionId = insertSession(releaseId, session.guid(), session.kind(), session.microconferenceId(),
					session.plainTrackId(), session.title(), session.roomId(), session.startsAt(), session.endsAt());
			for (TimetableTalk talk : session.talks()) {
				insertTalk(releaseId, sessionId, talk.topicId(), talk.startsAt(), talk.endsAt());
			}
		}
		return releaseId;
	}

	public int nextReleaseNumber(long eventId) {
		return jdbc.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM timetable WHERE event_id = ?")
			.param(eventId)
			.query(Integer.class)
			.single();
	}

	public void insertChange(long releaseId, int position, TimetableChange change) {
		jdbc.sql("""
				INSERT INTO timetable_change (timetable_id, position, kind, subject_guid, topic_id, words)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(releaseId, position, change.kind().name(), change.subjectGuid(), change.topicId(), change.words())
			.update();
	}

	public List<TimetableChange> changes(long releaseId) {
		return jdbc.sql("""
				SELECT kind, subject_guid, topic_id, words FROM timetable_change
				WHERE timetable_id = ? ORDER BY position""")
			.param(releaseId)
			.query((rs, row) -> new TimetableChange(TimetableChange.Kind.valueOf(rs.getString("kind")),
					rs.getObject("subject_guid", UUID.class), rs.getObject("topic_id", Long.class),
					rs.getString("words")))
			.list();
	}

	public boolean releasesAcceptedTalks(long eventId) {
		return jdbc.sql("SELECT release_accepted_talks FROM schedule_setting WHERE event_id = ?")
			.param(eventId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	private record TimetableHead(long id, long eventId, Integer number, String changeNote, Instant releasedAt,
			int version) {
	}

}
