package org.plumbline.cfp;

import java.time.Instant;

/**
 * A speaker's answer to an accepted topic as a backup of its event holds it, without the
 * hash of the mailed link's secret: a link is for the speaker it was mailed to, never for
 * a file.
 *
 * @param announcedAt when the acceptance that asked for the answer was announced
 * @param answer {@link TopicState#CONFIRMED} or {@link TopicState#DECLINED}, or
 * {@code null} while the speaker has not answered
 * @param answeredAt when they answered, or {@code null}
 * @param remindedAt when the one reminder was sent, or {@code null}
 */
public record BackedUpConfirmation(long topicId, long personId, Instant announcedAt, TopicState answer,
		Instant answeredAt, Instant remindedAt) {
}
