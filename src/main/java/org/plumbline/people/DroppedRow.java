package org.plumbline.people;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A row that referenced the merged person and was deleted instead of moved, because the
 * kept person already had its equivalent: moving it would have broken the unique
 * constraint {@code constraint}, such as both persons leading the same microconference.
 *
 * @param column the column that referenced the merged person
 * @param sameAs the row's values in the constraint's other columns, which the kept
 * person's row shares (column names in lower case)
 */
public record DroppedRow(String table, String column, String constraint, Map<String, Object> sameAs) {

	public DroppedRow {
		sameAs = Collections.unmodifiableMap(new LinkedHashMap<>(sameAs));
	}

}
