package org.plumbline.cfp.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.plumbline.cfp.PlaceableTopic;
import org.plumbline.cfp.TopicState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The event's submitted, accepted and confirmed topics with their speakers, in two
 * queries whatever their number, or one of them alone.
 */
@Repository
public class PlaceableTopicRepository {

	private static final List<String> PLACEABLE = PlaceableTopic.STATES.stream().map(TopicState::name).toList();

	private static final int IDS_AT_ONCE = 1000;

	private final JdbcClient jdbc;

	PlaceableTopicRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The titles of the given topics of the event, whatever their state, by id. */
	public Map<Long, String> titlesOf(long eventId, Collection<Long> topicIds) {
		Map<Long, String> titles = new LinkedHashMap<>();
		List<Long> ids = List.copyOf(new LinkedHashSet<>(topicIds));
		for (int from = 0; from < ids.size(); from += IDS_AT_ONCE) {
			jdbc.sql("SELECT id, title FROM topic WHERE event_id = :event AND id IN (:ids)")
				.param("event", eventId)
				.param("ids", ids.subList(from, Math.min(ids.size(), from + IDS_AT_ONCE)))
				.query(rs -> {
					titles.put(rs.getLong("id"), rs.getString("title"));
				});
		}
		return titles;
	}

	public Optional<PlaceableTopic> find(long eventId, long topicId) {
		List<PlaceableTopic.Speaker> speakers = jdbc.sql("""
				SELECT s.person_id, p.guid, s.name_as_written
				FROM topic_speaker s JOIN person p ON p.id = s.person_id
				WHERE s.topic_id = ?
				ORDER BY s.position""")
			.param(topicId)
			.query((rs, row) -> new PlaceableTopic.Speaker(rs.getLong("person_id"), rs.getObject("guid", UUID.class),
					rs.getString("name_as_written")))
			.list();
		return jdbc.sql("""
				SELECT id, guid, microconference_id, plain_track_id, state, pending_state, title, abstract,
				       duration_minutes
				FROM topic WHERE id = :topic AND event_id = :event AND state IN (:states)""")
			.param("topic", topicId)
			.param("event", eventId)
			.param("states", PLACEABLE)
			.query((rs, row) -> topic(rs, speakers))
			.optional();
	}

	public List<PlaceableTopic> ofEvent(long eventId) {
		Map<Long, List<PlaceableTopic.Speaker>> speakers = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT s.topic_id, s.person_id, p.guid, s.name_as_written
				FROM topic_speaker s JOIN topic t ON t.id = s.topic_id JOIN person p ON p.id = s.person_id
				WHERE t.event_id = :event AND t.state IN (:states)
				ORDER BY s.topic_id, s.position""").param("event", eventId).param("states", PLACEABLE).query(rs -> {
			speakers.computeIfAbsent(rs.getLong("topic_id"), id -> new ArrayList<>())
				.add(new PlaceableTopic.Speaker(rs.getLong("person_id"), rs.getObject("guid", UUID.class),
						rs.getString("name_as_written")));
		});
		return jdbc.sql("""
				SELECT id, guid, microconference_id, plain_track_id, state, pending_state, title, abstract,
				       duration_minutes
				FROM topic WHERE event_id = :event AND state IN (:states)
				ORDER BY submitted_at, id""")
			.param("event", eventId)
			.param("states", PLACEABLE)
			.query((rs, row) -> topic(rs, speakers.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	/**
	 * The placeable ones of the given topics of the event, by id, read a thousand at a
	 * time: a timetable's talks, however many topics the event has.
	 */
	public Map<Long, PlaceableTopic> ofTopics(long eventId, Collection<Long> topicIds) {
		Map<Long, PlaceableTopic> byId = new LinkedHashMap<>();
		List<Long> ids = List.copyOf(new LinkedHashSet<>(topicIds));
		for (int from = 0; from < ids.size(); from += IDS_AT_ONCE) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_AT_ONCE));
			Map<Long, List<PlaceableTopic.Speaker>> speakers = new LinkedHashMap<>();
			jdbc.sql("""
					SELECT s.topic_id, s.person_id, p.guid, s.name_as_written
					FROM topic_speaker s JOIN person p ON p.id = s.person_id
					WHERE s.topic_id IN (:ids)
					ORDER BY s.topic_id, s.position""").param("ids", chunk).query(rs -> {
				speakers.computeIfAbsent(rs.getLong("topic_id"), id -> new ArrayList<>())
					.add(new PlaceableTopic.Speaker(rs.getLong("person_id"), rs.getObject("guid", UUID.class),
							rs.getString("name_as_written")));
			});
			jdbc.sql("""
					SELECT id, guid, microconference_id, plain_track_id, state, pending_state, title, abstract,
					       duration_minutes
					FROM topic WHERE id IN (:ids) AND event_id = :event AND state IN (:states)""")
				.param("ids", chunk)
				.param("event", eventId)
				.param("states", PLACEABLE)
				.query((rs, row) -> topic(rs, speakers.getOrDefault(rs.getLong("id"), List.of())))
				.list()
				.forEach(topic -> byId.put(topic.id(), topic));
		}
		return byId;
	}

	private static PlaceableTopic topic(ResultSet rs, List<PlaceableTopic.Speaker> speakers) throws SQLException {
		String pending = rs.getString("pending_state");
		return new PlaceableTopic(rs.getLong("id"), rs.getObject("guid", UUID.class),
				rs.getObject("microconference_id", Long.class), rs.getObject("plain_track_id", Long.class),
				TopicState.valueOf(rs.getString("state")), pending == null ? null : TopicState.valueOf(pending),
				rs.getString("title"), rs.getString("abstract"), rs.getInt("duration_minutes"), speakers);
	}

}
