package org.plumbline.importer.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.plumbline.importer.EventFileProblem;
import tools.jackson.databind.JsonNode;

/**
 * The problems the semantic checks find in one file, each placed at its line and column.
 * The checks run on a tree the schema may have rejected, so they read it through
 * {@link #text} and {@link #elements}, which skip what has the wrong type instead of
 * failing.
 */
final class Findings {

	private final LocatedJson json;

	private final List<EventFileProblem> problems = new ArrayList<>();

	Findings(LocatedJson json) {
		this.json = json;
	}

	JsonNode root() {
		return json.root();
	}

	void add(String pointer, String message) {
		problems.add(json.problem(pointer, message));
	}

	/** Whether a problem was found at the pointer already. */
	boolean reported(String pointer) {
		return problems.stream().anyMatch(problem -> problem.pointer().equals(pointer));
	}

	List<EventFileProblem> problems() {
		return List.copyOf(problems);
	}

	/**
	 * Reports a value met before under the same key, naming where it was first, so the
	 * user sees both.
	 * @param firstSeen where each key was first met, by pointer; updated here
	 */
	void unique(Map<String, String> firstSeen, String key, String pointer, String what) {
		String first = firstSeen.putIfAbsent(key, pointer);
		if (first != null) {
			add(pointer, "duplicate " + what + "; first at line " + json.positionOf(first).line());
		}
	}

	/**
	 * Reports an element whose text field repeats an earlier element's, quoting the
	 * value.
	 * @param firstSeen where each value was first met, by pointer; updated here
	 */
	void uniqueText(Map<String, String> firstSeen, JsonNode element, String elementPointer, String field, String what) {
		String value = text(element.get(field));
		if (value != null) {
			unique(firstSeen, value, elementPointer + "/" + field, what + " \"" + value + "\"");
		}
	}

	/**
	 * Reports an element whose {@code guid} repeats an earlier element's; GUIDs compare
	 * without regard to case.
	 * @param firstSeen where each GUID was first met, by pointer; updated here
	 */
	void uniqueGuid(Map<String, String> firstSeen, JsonNode element, String elementPointer, String what) {
		String guid = text(element.get("guid"));
		if (guid != null) {
			unique(firstSeen, guid.toLowerCase(Locale.ROOT), elementPointer + "/guid", what + " guid " + guid);
		}
	}

	int lineOf(String pointer) {
		return json.positionOf(pointer).line();
	}

	/** The string value, or null when the node is absent or not a string. */
	static String text(JsonNode node) {
		return node != null && node.isString() ? node.stringValue() : null;
	}

	/** The elements of an array; none when the node is absent or not an array. */
	static List<JsonNode> elements(JsonNode node) {
		return node != null && node.isArray() ? List.copyOf(node.values()) : List.of();
	}

}
