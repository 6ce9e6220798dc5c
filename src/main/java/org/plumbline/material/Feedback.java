package org.plumbline.material;

import java.time.Instant;

/**
 * One attendee's feedback on one talk.
 *
 * @param topicId the talk's topic
 * @param rating from {@value TalkFeedback#LOWEST_RATING} to
 * {@value TalkFeedback#HIGHEST_RATING}
 * @param comment plain text as typed, or {@code null}
 * @param version raised by every edit, for optimistic locking
 */
public record Feedback(long id, long topicId, long accountId, int rating, String comment, Instant createdAt,
		Instant updatedAt, int version) {

	/**
	 * What the audit log keeps of it: the rating and the comment's length, never the
	 * comment itself. The log outlives the feedback (deleting an account deletes what it
	 * wrote, but not the log, which names who acted), and organisers read it for other
	 * reasons than feedback: an attendee's words about a speaker stay in one place, which
	 * goes with them.
	 */
	public AuditedFeedback audited() {
		return new AuditedFeedback(topicId, rating, comment == null ? 0 : comment.codePointCount(0, comment.length()));
	}

	/** Feedback as the audit log records it. */
	public record AuditedFeedback(long topicId, int rating, int commentLength) {
	}

}
