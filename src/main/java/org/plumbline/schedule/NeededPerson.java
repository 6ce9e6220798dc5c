package org.plumbline.schedule;

import java.util.Objects;

/**
 * A person a session needs: matched to others by person id, shown under the name written
 * in the list that names them there.
 */
public record NeededPerson(long personId, String nameAsWritten, SessionRole role) {

	public NeededPerson {
		Objects.requireNonNull(nameAsWritten, "nameAsWritten");
		Objects.requireNonNull(role, "role");
	}

	/** The same person, needed in another role (a lead who also speaks). */
	public NeededPerson withRole(SessionRole other) {
		return new NeededPerson(personId, nameAsWritten, other);
	}

}
