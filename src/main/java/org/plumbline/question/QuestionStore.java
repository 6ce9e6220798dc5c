package org.plumbline.question;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plumbline.jdbc.SqlInstants;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * One owner's table of questions and the table of the answers to them, in the shape every
 * owner shares (V11's {@code call_question} and {@code topic_answer}): questions ordered
 * by position, retired rather than deleted once answered, versioned for the editor;
 * answers keyed by answerer and question. Table and column names come from the owner's
 * repository, never from input.
 */
public class QuestionStore {

	private static final String COLUMNS = "id, kind, label, help, options, required, retired_at, version";

	private final JdbcClient jdbc;

	private final Tables tables;

	protected QuestionStore(JdbcClient jdbc, Tables tables) {
		this.jdbc = jdbc;
		this.tables = tables;
	}

	/**
	 * The owner's tables.
	 *
	 * @param answerer the answer table's column naming who answered (a topic, a
	 * registration)
	 */
	public record Tables(String questions, String answers, String answerer) {
	}

	/** The owner's questions in order, retired ones too if asked. */
	public List<Question> of(QuestionOwner owner, boolean withRetired) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM " + tables.questions() + " WHERE " + owner.column() + " = ?"
					+ (withRetired ? "" : " AND retired_at IS NULL") + " ORDER BY position, id")
			.param(owner.id())
			.query(QuestionStore::row)
			.list();
	}

	/** A question, if it belongs to the owner. */
	public Optional<Question> find(QuestionOwner owner, long id) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM " + tables.questions() + " WHERE id = ? AND " + owner.column() + " = ?")
			.params(id, owner.id())
			.query(QuestionStore::row)
			.optional();
	}

	/** A new question, after the owner's others. */
	public long insert(QuestionOwner owner, QuestionDefinition question) {
		int position = jdbc
			.sql("SELECT COALESCE(MAX(position), 0) FROM " + tables.questions() + " WHERE " + owner.column() + " = ?")
			.param(owner.id())
			.query(Integer.class)
			.single() + 1;
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("event_id", owner.eventId());
		values.put(owner.column(), owner.id());
		values.put("position", position);
		values.put("kind", question.kind().name());
		values.put("label", question.label());
		values.put("help", question.help());
		values.put("options", question.storedOptions());
		values.put("required", question.required());
		var keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO " + tables.questions() + " (" + String.join(", ", values.keySet()) + ") VALUES ("
				+ String.join(", ", Collections.nCopies(values.size(), "?")) + ")")
			.params(new ArrayList<>(values.values()))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/** Whether the question was at the expected version (and is now changed). */
	public boolean update(long id, QuestionDefinition question, int expectedVersion) {
		return jdbc
			.sql("UPDATE " + tables.questions() + " SET kind = ?, label = ?, help = ?, options = ?, required = ?,"
					+ " version = version + 1 WHERE id = ? AND version = ? AND retired_at IS NULL")
			.params(question.kind().name(), question.label(), question.help(), question.storedOptions(),
					question.required(), id, expectedVersion)
			.update() == 1;
	}

	/**
	 * Swaps the places of a question (at the expected version) and its neighbour.
	 * @return false if the question was changed meanwhile
	 */
	public boolean swap(long id, int expectedVersion, long neighbourId) {
		int position = position(id);
		int neighbourPosition = position(neighbourId);
		if (jdbc
			.sql("UPDATE " + tables.questions()
					+ " SET position = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(neighbourPosition, id, expectedVersion)
			.update() != 1) {
			return false;
		}
		jdbc.sql("UPDATE " + tables.questions() + " SET position = ?, version = version + 1 WHERE id = ?")
			.params(position, neighbourId)
			.update();
		return true;
	}

	private int position(long id) {
		return jdbc.sql("SELECT position FROM " + tables.questions() + " WHERE id = ?")
			.param(id)
			.query(Integer.class)
			.single();
	}

	/** Hides a question from new forms and keeps its answers. */
	public boolean retire(long id, int expectedVersion, Instant now) {
		return jdbc
			.sql("UPDATE " + tables.questions() + " SET retired_at = ?, version = version + 1"
					+ " WHERE id = ? AND version = ? AND retired_at IS NULL")
			.params(SqlInstants.utc(now), id, expectedVersion)
			.update() == 1;
	}

	public boolean delete(long id, int expectedVersion) {
		return jdbc.sql("DELETE FROM " + tables.questions() + " WHERE id = ? AND version = ?")
			.params(id, expectedVersion)
			.update() == 1;
	}

	public long answerCount(long questionId) {
		return jdbc.sql("SELECT COUNT(*) FROM " + tables.answers() + " WHERE question_id = ?")
			.param(questionId)
			.query(Long.class)
			.single();
	}

	/** An answerer's answers by question id. */
	public Map<Long, String> answers(long answererId) {
		Map<Long, String> answers = new LinkedHashMap<>();
		jdbc.sql("SELECT question_id, answer FROM " + tables.answers() + " WHERE " + tables.answerer() + " = ?")
			.param(answererId)
			.query((ResultSet rs) -> {
				answers.put(rs.getLong("question_id"), rs.getString("answer"));
			});
		return answers;
	}

	/**
	 * Replaces an answerer's answers to the questions its form showed; answers to other
	 * questions (retired since) stay.
	 */
	public void saveAnswers(long answererId, Collection<Question> shown, Map<Long, String> answers) {
		for (Question question : shown) {
			jdbc.sql("DELETE FROM " + tables.answers() + " WHERE " + tables.answerer() + " = ? AND question_id = ?")
				.params(answererId, question.id())
				.update();
			String answer = answers.get(question.id());
			if (answer != null) {
				jdbc.sql("INSERT INTO " + tables.answers() + " (" + tables.answerer()
						+ ", question_id, answer) VALUES (?, ?, ?)")
					.params(answererId, question.id(), answer)
					.update();
			}
		}
	}

	/**
	 * The definition of the question in the current row of a query that selects its
	 * {@code kind}, {@code label}, {@code help}, {@code options} and {@code required}.
	 */
	public static QuestionDefinition definition(ResultSet rs) throws SQLException {
		return new QuestionDefinition(QuestionKind.valueOf(rs.getString("kind")), rs.getString("label"),
				rs.getString("help"), QuestionDefinition.options(rs.getString("options")), rs.getBoolean("required"));
	}

	private static Question row(ResultSet rs, int row) throws SQLException {
		return new Question(rs.getLong("id"), QuestionKind.valueOf(rs.getString("kind")), rs.getString("label"),
				rs.getString("help"), QuestionDefinition.options(rs.getString("options")), rs.getBoolean("required"),
				rs.getObject("retired_at") != null, rs.getInt("version"));
	}

}
