package org.plumbline.importer.domain;

import java.util.Map;

import org.plumbline.importer.EventFileProblem;
import tools.jackson.databind.JsonNode;

/**
 * A parsed file together with where each of its values starts, so that a problem found in
 * the tree can name its line and column.
 *
 * @param positions the start of every value in the document, by JSON Pointer
 */
public record LocatedJson(JsonNode root, Map<String, Position> positions) {

	/**
	 * Where the value at the pointer starts; for a value that is absent, where its
	 * nearest container starts.
	 */
	public Position positionOf(String pointer) {
		String current = pointer;
		while (true) {
			Position position = positions.get(current);
			if (position != null) {
				return position;
			}
			if (current.isEmpty()) {
				return Position.NOWHERE;
			}
			current = JsonPointers.parent(current);
		}
	}

	public EventFileProblem problem(String pointer, String message) {
		Position position = positionOf(pointer);
		return new EventFileProblem(pointer, position.line(), position.column(), message);
	}

}
