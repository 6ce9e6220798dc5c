package org.plumbline.people.domain;

import java.time.Instant;

import org.plumbline.people.DuplicateReason;

/** A row of {@code duplicate_suggestion}; {@code firstPersonId < secondPersonId}. */
public record StoredSuggestion(long id, long firstPersonId, long secondPersonId, DuplicateReason reason,
		Instant createdAt) {

	/** The one of the pair that is not {@code personId}. */
	public long otherThan(long personId) {
		return this.firstPersonId == personId ? this.secondPersonId : this.firstPersonId;
	}

}
