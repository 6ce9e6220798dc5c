package org.plumbline.material;

import java.time.Instant;

/**
 * An attendee's feedback on a talk as a backup of its event holds it: the rating and
 * comment, when first given and last changed, the talk and the account by their ids.
 *
 * @param rating from {@link TalkFeedback#LOWEST_RATING} to
 * {@link TalkFeedback#HIGHEST_RATING}
 * @param comment the text, or {@code null}
 */
public record BackedUpFeedback(long topicId, long accountId, int rating, String comment, Instant createdAt,
		Instant updatedAt) {
}
