package org.plumbline.audit.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.plumbline.audit.AuditChange;
import tools.jackson.databind.JsonNode;

/**
 * The fields whose value differs between two JSON objects, the before and after of an
 * audit entry.
 * <p>
 * A field that is absent and one that is null count as the same "no value", so that
 * whether a writer leaves nulls out does not show as a change. Nested objects are
 * compared field by field under dotted names ({@code room.capacity}), also when one side
 * has no such object, so that a created object lists each of its fields. Lists are
 * compared as a whole and shown as JSON: a changed list of speakers reads best as the two
 * lists.
 */
final class JsonChanges {

	private JsonChanges() {
	}

	/**
	 * @param before the object before, or {@code null}
	 * @param after the object after, or {@code null}
	 */
	static List<AuditChange> between(JsonNode before, JsonNode after) {
		List<AuditChange> changes = new ArrayList<>();
		compare("", before, after, changes);
		return changes;
	}

	private static void compare(String field, JsonNode before, JsonNode after, List<AuditChange> changes) {
		JsonNode old = present(before);
		JsonNode current = present(after);
		if (isObjectOrNothing(old) && isObjectOrNothing(current) && (old != null || current != null)) {
			for (String name : propertyNames(old, current)) {
				compare(field.isEmpty() ? name : field + "." + name, property(old, name), property(current, name),
						changes);
			}
		}
		else if (!Objects.equals(old, current)) {
			changes.add(new AuditChange(field, text(old), text(current)));
		}
	}

	private static JsonNode present(JsonNode node) {
		return (node == null || node.isNull() || node.isMissingNode()) ? null : node;
	}

	private static boolean isObjectOrNothing(JsonNode node) {
		return node == null || node.isObject();
	}

	/**
	 * The names of both objects' fields: those of the first in order, then the new ones.
	 */
	private static Set<String> propertyNames(JsonNode before, JsonNode after) {
		Set<String> names = new LinkedHashSet<>();
		if (before != null) {
			names.addAll(before.propertyNames());
		}
		if (after != null) {
			names.addAll(after.propertyNames());
		}
		return names;
	}

	private static JsonNode property(JsonNode object, String name) {
		return object == null ? null : object.get(name);
	}

	private static String text(JsonNode value) {
		if (value == null) {
			return null;
		}
		return value.isString() ? value.stringValue() : value.toString();
	}

}
