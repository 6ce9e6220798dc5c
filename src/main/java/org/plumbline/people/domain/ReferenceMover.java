package org.plumbline.people.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.plumbline.people.DroppedRow;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Points the rows of one column that reference a person at another person, in the
 * caller's transaction. The statements are built from the names the catalogue gave
 * ({@link PersonReferenceCatalogue} lets only plain names through).
 */
@Component
class ReferenceMover {

	private final PersonReferenceCatalogue catalogue;

	private final JdbcClient jdbc;

	ReferenceMover(PersonReferenceCatalogue catalogue, JdbcClient jdbc) {
		this.catalogue = catalogue;
		this.jdbc = jdbc;
	}

	/**
	 * First deletes, and adds to {@code dropped}, the rows of the merged person that the
	 * kept one has an equivalent of under a unique constraint including the column (equal
	 * in the constraint's other columns), then points the remaining rows at the kept
	 * person.
	 * @return the number of rows moved
	 * @throws IllegalStateException if a row still cannot be moved, such as under a
	 * unique index that is not declared as a constraint
	 */
	int move(ReferenceColumn column, long mergedId, long keptId, List<DroppedRow> dropped) {
		try {
			for (UniqueConstraint unique : catalogue.uniqueConstraintsContaining(column)) {
				dropRowsWithAnEquivalent(column, unique, mergedId, keptId, dropped);
			}
			return jdbc
				.sql("UPDATE " + column.table() + " SET " + column.column() + " = ? WHERE " + column.column() + " = ?")
				.params(keptId, mergedId)
				.update();
		}
		catch (DataIntegrityViolationException ex) {
			throw new IllegalStateException("The rows of " + column.qualifiedName() + " could not be moved from person "
					+ mergedId + " to person " + keptId + "; if a unique index covers " + column.column()
					+ ", declare it as a UNIQUE constraint, which the merge reads from the catalogue", ex);
		}
	}

	private void dropRowsWithAnEquivalent(ReferenceColumn column, UniqueConstraint unique, long mergedId, long keptId,
			List<DroppedRow> dropped) {
		String table = column.table();
		String personColumn = column.column();
		List<String> others = unique.columns().stream().filter(name -> !name.equals(personColumn)).toList();
		String sameOthers = others.stream()
			.map(name -> " AND kept." + name + " = merged." + name)
			.collect(Collectors.joining());
		String rowsWithAnEquivalent = " FROM " + table + " merged WHERE merged." + personColumn
				+ " = :mergedId AND EXISTS (SELECT 1 FROM " + table + " kept WHERE kept." + personColumn + " = :keptId"
				+ sameOthers + ")";
		String selected = others.isEmpty() ? "1 AS only_row"
				: others.stream().map(name -> "merged." + name).collect(Collectors.joining(", "));
		jdbc.sql("SELECT " + selected + rowsWithAnEquivalent)
			.param("mergedId", mergedId)
			.param("keptId", keptId)
			.query()
			.listOfRows()
			.forEach(row -> dropped.add(new DroppedRow(table, personColumn, unique.name(),
					others.isEmpty() ? Map.of() : lowerCaseKeys(row))));
		jdbc.sql("DELETE" + rowsWithAnEquivalent).param("mergedId", mergedId).param("keptId", keptId).update();
	}

	private static Map<String, Object> lowerCaseKeys(Map<String, Object> row) {
		Map<String, Object> lowerCase = new LinkedHashMap<>();
		row.forEach((name, value) -> lowerCase.put(name.toLowerCase(Locale.ROOT), value));
		return lowerCase;
	}

}
