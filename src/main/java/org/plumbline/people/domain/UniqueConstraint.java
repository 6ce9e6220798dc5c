package org.plumbline.people.domain;

import java.util.List;

/** A UNIQUE or PRIMARY KEY constraint of a table; names in lower case. */
public record UniqueConstraint(String name, List<String> columns) {

	public UniqueConstraint {
		columns = List.copyOf(columns);
	}

}
