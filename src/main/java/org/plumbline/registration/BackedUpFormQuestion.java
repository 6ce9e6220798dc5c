package org.plumbline.registration;

import java.time.Instant;

import org.plumbline.question.QuestionDefinition;

/**
 * A question of an event's registration form as a backup of the event holds it; the id is
 * not read on restore.
 *
 * @param retiredAt when it was removed from new forms (its answers are kept), or
 * {@code null}
 */
public record BackedUpFormQuestion(long id, QuestionDefinition definition, Instant retiredAt) {
}
