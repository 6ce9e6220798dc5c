package org.plumbline.people.domain;

import java.util.UUID;

/** A row of the {@code person} table. */
public record PersonRow(long id, UUID guid, String displayName, String identityKey, String bio, String affiliation,
		Long mergedIntoId, int version) {

	public boolean isMerged() {
		return this.mergedIntoId != null;
	}

}
