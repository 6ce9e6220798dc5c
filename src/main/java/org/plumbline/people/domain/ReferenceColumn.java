package org.plumbline.people.domain;

/**
 * A column with a foreign key to another table, such as {@code person(id)}; names in
 * lower case.
 */
public record ReferenceColumn(String table, String column) {

	/** {@code table.column}. */
	public String qualifiedName() {
		return this.table + "." + this.column;
	}

}
