package org.plumbline.review;

import java.time.Instant;

/**
 * A reviewer's own declaration that they must not review a topic: it hides the topic from
 * them as every other conflict does, until an organiser removes it.
 *
 * @param reason why, as the reviewer typed it, or {@code null}
 */
public record DeclaredConflict(long id, long topicId, String topicTitle, long accountId, String accountName,
		String accountEmail, String reason, Instant declaredAt) {

}
