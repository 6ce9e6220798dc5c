package org.plumbline.question;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plumbline.audit.AuditEntry;
import org.plumbline.audit.AuditLog;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The editor's changes to one owner's questions, the same for every owner: add, edit,
 * reorder, and remove, where a question with answers is retired rather than deleted so
 * that no answer is lost. Each change is audited; the owner's service checks who asks and
 * runs each in its transaction.
 */
public final class QuestionEdits {

	public static final String STALE = "This question was changed elsewhere since you opened the page.";

	private final QuestionStore store;

	private final AuditLog audit;

	private final String objectType;

	/**
	 * @param objectType the audit log's name of the owner's questions, such as
	 * {@code call-question}
	 */
	public QuestionEdits(QuestionStore store, AuditLog audit, String objectType) {
		this.store = store;
		this.audit = audit;
		this.objectType = objectType;
	}

	/**
	 * Adds a question after the owner's others.
	 * @param context what the audit entry names besides the question (such as the call),
	 * in order
	 */
	public Question add(long accountId, QuestionOwner owner, QuestionDefinition definition,
			Map<String, Object> context) {
		long id = store.insert(owner, definition);
		record(owner, accountId, id, "added", null, audited(context, definition));
		return store.find(owner, id).orElseThrow();
	}

	/**
	 * @throws OptimisticLockingFailureException if it changed since the page was opened,
	 * or was removed or retired meanwhile (pages check first that it is one of the
	 * owner's current questions)
	 */
	public void edit(long accountId, QuestionOwner owner, long questionId, int version, QuestionDefinition definition,
			Map<String, Object> context) {
		Question question = current(owner, questionId);
		if (!store.update(questionId, definition, version)) {
			throw new OptimisticLockingFailureException(STALE);
		}
		record(owner, accountId, questionId, "edited", audited(context, question.definition()),
				audited(context, definition));
	}

	/**
	 * Moves a question one place up or down among the owner's current questions; the
	 * first stays first, the last last.
	 */
	public void move(long accountId, QuestionOwner owner, long questionId, int version, boolean up) {
		Question question = current(owner, questionId);
		List<Question> current = store.of(owner, false);
		int index = current.indexOf(question);
		int neighbour = up ? index - 1 : index + 1;
		if (index < 0 || neighbour < 0 || neighbour >= current.size()) {
			if (question.version() != version) {
				throw new OptimisticLockingFailureException(STALE);
			}
			return;
		}
		if (!store.swap(questionId, version, current.get(neighbour).id())) {
			throw new OptimisticLockingFailureException(STALE);
		}
		record(owner, accountId, questionId, up ? "moved-up" : "moved-down", null, null);
	}

	/**
	 * Removes a question: deletes it if nobody answered it, else retires it as of
	 * {@code now}.
	 * @return whether it was deleted (false: retired, its answers kept)
	 */
	public boolean remove(long accountId, QuestionOwner owner, long questionId, int version, Instant now,
			Map<String, Object> context) {
		Question question = current(owner, questionId);
		boolean delete = store.answerCount(questionId) == 0;
		boolean done = delete ? store.delete(questionId, version) : store.retire(questionId, version, now);
		if (!done) {
			throw new OptimisticLockingFailureException(STALE);
		}
		record(owner, accountId, questionId, delete ? "removed" : "retired", audited(context, question.definition()),
				null);
		return delete;
	}

	private Question current(QuestionOwner owner, long questionId) {
		Question question = store.find(owner, questionId)
			.orElseThrow(() -> new OptimisticLockingFailureException(STALE));
		if (question.retired()) {
			throw new OptimisticLockingFailureException(STALE);
		}
		return question;
	}

	private void record(QuestionOwner owner, long accountId, long questionId, String action, Object before,
			Object after) {
		audit.record(new AuditEntry(owner.eventId(), accountId, null, objectType, Long.toString(questionId), action,
				before, after, null));
	}

	private static Map<String, Object> audited(Map<String, Object> context, QuestionDefinition definition) {
		Map<String, Object> fields = new LinkedHashMap<>(context);
		fields.put("kind", definition.kind().name());
		fields.put("label", definition.label());
		fields.put("help", definition.help());
		fields.put("options", definition.options());
		fields.put("required", definition.required());
		return fields;
	}

}
