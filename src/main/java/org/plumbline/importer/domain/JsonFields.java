package org.plumbline.importer.domain;

import java.time.Instant;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The optional fields of the records of a file that passed validation, read and written.
 */
final class JsonFields {

	private JsonFields() {
	}

	/** Writes the value as text, or leaves the field out when it is null. */
	static void optional(ObjectNode node, String property, Object value) {
		if (value != null) {
			node.put(property, value.toString());
		}
	}

	static String text(JsonNode node, String property) {
		JsonNode value = node.get(property);
		return value == null ? null : value.stringValue();
	}

	static Instant instant(JsonNode node, String property) {
		String text = text(node, property);
		return text == null ? null : Instant.parse(text);
	}

}
