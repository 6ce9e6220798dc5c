package org.plumbline.people;

import java.time.Instant;

/**
 * Two persons who may be one human, to be merged or dismissed by an organiser; the person
 * with the lower id comes first.
 */
public record DuplicateSuggestion(long id, DuplicateReason reason, Instant createdAt, PersonDetails first,
		PersonDetails second) {
}
