package org.plumbline.people;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a merge did.
 *
 * @param movedRows for every column that references a person ({@code table.column}, in
 * lower case), how many rows now point at the kept person instead of the merged one
 * @param droppedRows rows deleted because the kept person had their equivalent already
 */
public record MergeResult(long keptPersonId, long mergedPersonId, Map<String, Integer> movedRows,
		List<DroppedRow> droppedRows) {

	public MergeResult {
		movedRows = Collections.unmodifiableMap(new LinkedHashMap<>(movedRows));
		droppedRows = List.copyOf(droppedRows);
	}

	/** The columns in which at least one row moved, with how many, in catalogue order. */
	public Map<String, Integer> columnsWithMovedRows() {
		Map<String, Integer> moved = new LinkedHashMap<>();
		movedRows.forEach((column, rows) -> {
			if (rows > 0) {
				moved.put(column, rows);
			}
		});
		return Collections.unmodifiableMap(moved);
	}

}
