package org.plumbline.cfp.domain;

import java.time.Instant;

import org.plumbline.cfp.TopicState;

/**
 * A speaker's answer to an acceptance.
 *
 * @param answer CONFIRMED or DECLINED, or {@code null} while the speaker has not answered
 */
public record ConfirmationRow(long topicId, long personId, Instant announcedAt, TopicState answer, Instant answeredAt,
		Instant reminderSentAt) {

}
