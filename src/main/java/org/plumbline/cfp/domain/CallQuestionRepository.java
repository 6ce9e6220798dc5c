package org.plumbline.cfp.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plumbline.cfp.TopicCall;
import org.plumbline.jdbc.SqlInstants;
import org.plumbline.question.Question;
import org.plumbline.question.QuestionDefinition;
import org.plumbline.question.QuestionKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The custom questions of each call, and the topics' answers to them. A call is its MC or
 * its plain track: one of the two ids is null, and a comparison with null matches no row.
 */
@Repository
public class CallQuestionRepository {

	private static final String COLUMNS = "id, kind, label, help, options, required, retired_at, version";

	private static final String OF_CALL = "(microconference_id = ? OR plain_track_id = ?)";

	private final JdbcClient jdbc;

	CallQuestionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The call's questions in order, retired ones too if asked. */
	public List<Question> ofCall(TopicCall call, boolean withRetired) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM call_question WHERE " + OF_CALL
					+ (withRetired ? "" : " AND retired_at IS NULL") + " ORDER BY position, id")
			.params(call.microconferenceId(), call.plainTrackId())
			.query(CallQuestionRepository::row)
			.list();
	}

	/** A question, if it belongs to the call. */
	public Optional<Question> find(TopicCall call, long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM call_question WHERE id = ? AND " + OF_CALL)
			.params(id, call.microconferenceId(), call.plainTrackId())
			.query(CallQuestionRepository::row)
			.optional();
	}

	/** A new question, after the call's others. */
	public long insert(TopicCall call, QuestionDefinition question) {
		int position = jdbc.sql("SELECT COALESCE(MAX(position), 0) FROM call_question WHERE " + OF_CALL)
			.params(call.microconferenceId(), call.plainTrackId())
			.query(Integer.class)
			.single() + 1;
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO call_question (event_id, microconference_id, plain_track_id, position, kind, label, help,
				                           options, required)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(call.eventId(), call.microconferenceId(), call.plainTrackId(), position, question.kind().name(),
					question.label(), question.help(), question.storedOptions(), question.required())
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/** Whether the question was at the expected version (and is now changed). */
	public boolean update(long id, QuestionDefinition question, int expectedVersion) {
		return jdbc.sql("""
				UPDATE call_question SET kind = ?, label = ?, help = ?, options = ?, required = ?, version = version + 1
				WHERE id = ? AND version = ? AND retired_at IS NULL""")
			.params(question.kind().name(), question.label(), question.help(), question.storedOptions(),
					question.required(), id, expectedVersion)
			.update() == 1;
	}

	/**
	 * Swaps the places of a question (at the expected version) and its neighbour.
	 * @return false if the question was changed meanwhile
	 */
	public boolean swap(long id, int expectedVersion, long neighbourId) {
		int position = jdbc.sql("SELECT position FROM call_question WHERE id = ?")
			.param(id)
			.query(Integer.class)
			.single();
		int neighbourPosition = jdbc.sql("SELECT position FROM call_question WHERE id = ?")
			.param(neighbourId)
			.query(Integer.class)
			.single();
		if (jdbc.sql("UPDATE call_question SET position = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(neighbourPosition, id, expectedVersion)
			.update() != 1) {
			return false;
		}
		jdbc.sql("UPDATE call_question SET position = ?, version = version + 1 WHERE id = ?")
			.params(position, neighbourId)
			.update();
		return true;
	}

	/** Hides a question from new forms and keeps its answers. */
	public boolean retire(long id, int expectedVersion, Instant now) {
		return jdbc.sql("""
				UPDATE call_question SET retired_at = ?, version = version + 1
				WHERE id = ? AND version = ? AND retired_at IS NULL""")
			.params(SqlInstants.utc(now), id, expectedVersion)
			.update() == 1;
	}

	public boolean delete(long id, int expectedVersion) {
		return jdbc.sql("DELETE FROM call_question WHERE id = ? AND version = ?")
			.params(id, expectedVersion)
			.update() == 1;
	}

	public long answerCount(long questionId) {
		return jdbc.sql("SELECT COUNT(*) FROM topic_answer WHERE question_id = ?")
			.param(questionId)
			.query(Long.class)
			.single();
	}

	/** A topic's answers by question id. */
	public Map<Long, String> answers(long topicId) {
		Map<Long, String> answers = new LinkedHashMap<>();
		jdbc.sql("SELECT question_id, answer FROM topic_answer WHERE topic_id = ?")
			.param(topicId)
			.query((ResultSet rs) -> {
				answers.put(rs.getLong("question_id"), rs.getString("answer"));
			});
		return answers;
	}

	/**
	 * Replaces a topic's answers to the questions its form showed; answers to other
	 * questions (retired since) stay.
	 */
	public void saveAnswers(long topicId, Collection<Question> shown, Map<Long, String> answers) {
		for (Question question : shown) {
			jdbc.sql("DELETE FROM topic_answer WHERE topic_id = ? AND question_id = ?")
				.params(topicId, question.id())
				.update();
			String answer = answers.get(question.id());
			if (answer != null) {
				jdbc.sql("INSERT INTO topic_answer (topic_id, question_id, answer) VALUES (?, ?, ?)")
					.params(topicId, question.id(), answer)
					.update();
			}
		}
	}

	private static Question row(ResultSet rs, int row) throws SQLException {
		return new Question(rs.getLong("id"), QuestionKind.valueOf(rs.getString("kind")), rs.getString("label"),
				rs.getString("help"), QuestionDefinition.options(rs.getString("options")), rs.getBoolean("required"),
				rs.getObject("retired_at") != null, rs.getInt("version"));
	}

}
