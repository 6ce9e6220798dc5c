package org.plumbline.review.domain;

/**
 * The one rule of conflicts of interest (DOMAIN.md, L8): an account is conflicted with a
 * topic when the view {@code topic_conflict} (migration V19) has a row for the pair, of
 * any kind: author, co-speaker, administrative (an organiser's mark, which is how the
 * same employer becomes a conflict) or declared. Every query of this feature that lists,
 * counts, averages, shows or decides a topic, or reads a review, applies it through this
 * class, so that no page can apply another.
 */
public final class ConflictRule {

	private ConflictRule() {
	}

	/**
	 * A condition that holds when the account is not conflicted with the topic; both
	 * arguments are SQL expressions (a column, or a named parameter such as
	 * {@code :viewer}).
	 */
	public static String notConflicted(String topicId, String accountId) {
		return "NOT EXISTS (SELECT 1 FROM topic_conflict c WHERE c.topic_id = " + topicId + " AND c.account_id = "
				+ accountId + ")";
	}

	/**
	 * The same condition, checked row by row: PostgreSQL turns a bare {@code NOT EXISTS}
	 * into one anti join that hashes the whole view (every author, speaker, mark and
	 * declaration of the database), but does not look inside a {@code CASE}, and so
	 * probes the view's indexes for each row instead. Cheaper for the reviews of a few
	 * topics only; for a whole large event the one anti join is.
	 */
	public static String notConflictedRowByRow(String topicId, String accountId) {
		return "CASE WHEN " + notConflicted(topicId, accountId) + " THEN TRUE ELSE FALSE END";
	}

}
