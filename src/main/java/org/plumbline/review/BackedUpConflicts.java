package org.plumbline.review;

import java.time.Instant;
import java.util.List;

/**
 * An event's conflicts of interest as a backup of its event holds them: the organisers'
 * marks and the reviewers' own declarations, with accounts, persons and topics by their
 * ids, in the order they were made.
 */
public record BackedUpConflicts(List<Mark> marks, List<Declaration> declarations) {

	/**
	 * An organiser's mark: the account must not review any topic the person speaks on.
	 *
	 * @param markedBy the organiser's account, or {@code null} once it is deleted
	 */
	public record Mark(long accountId, long personId, String reason, Long markedBy, Instant markedAt) {
	}

	/**
	 * A reviewer's declaration that they must not review the topic.
	 *
	 * @param reason as the reviewer typed it, or {@code null}
	 */
	public record Declaration(long topicId, long accountId, String reason, Instant declaredAt) {
	}

}
