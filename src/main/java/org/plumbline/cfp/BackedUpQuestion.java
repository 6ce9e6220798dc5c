package org.plumbline.cfp;

import java.time.Instant;

import org.plumbline.question.QuestionDefinition;

/**
 * A question of an MC's or a plain track's call, as a backup of its event holds it.
 *
 * @param id its id in the event it was read from; not read when restored
 * @param microconferenceId the MC whose call asks it, or {@code null}
 * @param plainTrackId the plain track whose call asks it, or {@code null}
 * @param retiredAt when it was removed from new forms, or {@code null}
 */
public record BackedUpQuestion(long id, Long microconferenceId, Long plainTrackId, QuestionDefinition definition,
		Instant retiredAt) {
}
