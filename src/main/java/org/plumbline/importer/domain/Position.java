package org.plumbline.importer.domain;

/** Where a value starts in the file: 1-based line and column, as editors count them. */
public record Position(int line, int column) {

	/**
	 * For problems that concern no particular place (a database refusal of the whole
	 * file).
	 */
	public static final Position NOWHERE = new Position(0, 0);

}
