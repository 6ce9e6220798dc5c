package org.plumbline.cfp.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plumbline.cfp.ConfirmedTopic;
import org.plumbline.cfp.TopicState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The confirmed topics of an MC with their speakers, in two queries whatever their
 * number.
 */
@Repository
public class PublishedTopicRepository {

	private final JdbcClient jdbc;

	PublishedTopicRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<ConfirmedTopic> confirmedOf(long microconferenceId) {
		Map<Long, List<String>> speakers = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT s.topic_id, s.name_as_written FROM topic_speaker s JOIN topic t ON t.id = s.topic_id
				WHERE t.microconference_id = ? AND t.state = ?
				ORDER BY s.topic_id, s.position""").params(microconferenceId, TopicState.CONFIRMED.name()).query(rs -> {
			speakers.computeIfAbsent(rs.getLong("topic_id"), id -> new ArrayList<>())
				.add(rs.getString("name_as_written"));
		});
		return jdbc.sql("""
				SELECT %s FROM topic
				WHERE microconference_id = ? AND state = ?
				ORDER BY submitted_at, id""".formatted(TopicRows.COLUMNS))
			.params(microconferenceId, TopicState.CONFIRMED.name())
			.query(TopicRows::row)
			.stream()
			.map(topic -> new ConfirmedTopic(topic.guid(), topic.title(), topic.abstractText(), topic.durationMinutes(),
					speakers.getOrDefault(topic.id(), List.of())))
			.toList();
	}

}
