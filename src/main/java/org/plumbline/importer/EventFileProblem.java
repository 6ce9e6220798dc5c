package org.plumbline.importer;

/**
 * One thing wrong with an event data file, named so a person can find it in an editor:
 * the field as a JSON Pointer, the line and column where its value starts (1-based), and
 * what is wrong in words.
 *
 * @param pointer the JSON Pointer of the field ({@code ""} for the whole document)
 * @param line the line of the field's value, or 0 when the problem has no place in the
 * file
 * @param column the column of the field's value, or 0 when the problem has no place in
 * the file
 */
public record EventFileProblem(String pointer, int line, int column, String message) {

	/**
	 * As printed for a user:
	 * {@code /event/timeZone (line 7, column 17): unknown time zone "Mars/Olympus"}.
	 */
	@Override
	public String toString() {
		String place = line > 0 ? "line " + line + ", column " + column : "";
		if (pointer.isEmpty()) {
			return place.isEmpty() ? message : place + ": " + message;
		}
		return place.isEmpty() ? pointer + ": " + message : pointer + " (" + place + "): " + message;
	}

}
