package org.plumbline.importer;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fields of the event data file's schema, found by walking it as a file would be
 * written: through its properties, array items, references to its definitions and the
 * branches of oneOf, anyOf and allOf.
 */
final class SchemaFields {

	private static final String SCHEMA = "importer/event-data-file-1.schema.json";

	private static final String DEFINITIONS = "#/$defs/";

	private SchemaFields() {
	}

	/**
	 * Every field whose schema is one of the named definitions, as a path with {@code *}
	 * for each array's element, to the definition's name.
	 */
	static TreeMap<String, String> ofDefinitions(Set<String> definitions) {
		JsonNode schema = JsonMapper.shared().readTree(TestFiles.bytes(SCHEMA));
		TreeMap<String, String> fields = new TreeMap<>();
		collect(schema, schema, "", definitions, fields);
		return fields;
	}

	private static void collect(JsonNode schema, JsonNode node, String path, Set<String> definitions,
			TreeMap<String, String> fields) {
		String ref = node.path("$ref").asString("");
		if (ref.startsWith(DEFINITIONS)) {
			String definition = ref.substring(DEFINITIONS.length());
			if (definitions.contains(definition)) {
				fields.put(path, definition);
				return;
			}
			collect(schema, schema.path("$defs").path(definition), path, definitions, fields);
		}
		node.path("properties")
			.properties()
			.forEach(property -> collect(schema, property.getValue(), path + "/" + property.getKey(), definitions,
					fields));
		if (node.path("items").isObject()) {
			collect(schema, node.get("items"), path + "/*", definitions, fields);
		}
		for (String branches : new String[] { "oneOf", "anyOf", "allOf" }) {
			node.path(branches).values().forEach(branch -> collect(schema, branch, path, definitions, fields));
		}
	}

	/**
	 * A file of the format that holds nothing but the value at the field, each array of
	 * its path with one element.
	 */
	static byte[] fileWith(String field, String value) {
		ObjectNode root = JsonMapper.shared()
			.createObjectNode()
			.put("format", "plumbline-event")
			.put("formatVersion", 1);
		String[] steps = field.substring(1).split("/");
		JsonNode parent = root;
		for (int i = 0; i < steps.length - 1; i++) {
			boolean array = steps[i + 1].equals("*");
			if (steps[i].equals("*")) {
				continue;
			}
			JsonNode child = array ? ((ObjectNode) parent).putArray(steps[i]).addObject()
					: ((ObjectNode) parent).putObject(steps[i]);
			parent = child;
		}
		((ObjectNode) parent).put(steps[steps.length - 1], value);
		return root.toString().getBytes(StandardCharsets.UTF_8);
	}

}
