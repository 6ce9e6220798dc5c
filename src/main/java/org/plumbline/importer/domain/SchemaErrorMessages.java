package org.plumbline.importer.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.networknt.schema.Error;
import org.plumbline.importer.EventFileProblem;
import tools.jackson.databind.JsonNode;

/**
 * Words schema violations for the person who edits the file. The validator's own messages
 * speak of regular expressions and schemas; these name the property and, where a pattern
 * failed, quote the schema's description of the field.
 */
final class SchemaErrorMessages {

	private final JsonNode schemaTree;

	SchemaErrorMessages(JsonNode schemaTree) {
		this.schemaTree = schemaTree;
	}

	EventFileProblem problem(Error error, LocatedJson json) {
		String pointer = error.getInstanceLocation().toString();
		return switch (error.getKeyword()) {
			case "required" -> json.problem(pointer, "missing required property \"" + error.getProperty() + "\"");
			case "additionalProperties" -> json.problem(JsonPointers.child(pointer, error.getProperty()),
					"unknown property \"" + error.getProperty() + "\"" + allowedProperties(error));
			case "type" -> json.problem(pointer,
					"must be " + withArticle(argument(error, 1)) + ", not " + withArticle(argument(error, 0)));
			case "const" -> json.problem(pointer, "must be " + error.getSchemaNode());
			case "enum" -> json.problem(pointer, "must be one of " + listed(error.getSchemaNode()));
			case "pattern", "format" -> json.problem(pointer,
					"does not fit the rule for this field: " + describedRule(error, error.getMessage()));
			case "false" -> json.problem(pointer, "is not allowed here");
			case "oneOf" -> json.problem(pointer,
					"has none of the allowed forms: " + describedRule(error, "see the format's description"));
			default -> json.problem(pointer, error.getMessage());
		};
	}

	/**
	 * The schema object that holds the failed keyword: its description and its
	 * properties.
	 */
	private JsonNode ruleOwner(Error error) {
		String keyword = error.getSchemaLocation().getFragment().toString();
		return schemaTree.at(JsonPointers.parent(keyword));
	}

	private String describedRule(Error error, String fallback) {
		JsonNode description = ruleOwner(error).path("description");
		return description.isString() ? lowerFirst(description.stringValue()) : fallback;
	}

	private String allowedProperties(Error error) {
		JsonNode properties = ruleOwner(error).path("properties");
		if (!properties.isObject() || properties.isEmpty()) {
			return "";
		}
		return "; allowed here: " + String.join(", ", properties.propertyNames());
	}

	private static String argument(Error error, int index) {
		Object[] arguments = error.getArguments();
		return arguments != null && arguments.length > index ? String.valueOf(arguments[index]) : "value";
	}

	private static String listed(JsonNode values) {
		List<String> names = new ArrayList<>();
		values.values().forEach(value -> names.add(value.isString() ? value.stringValue() : value.toString()));
		return String.join(", ", names);
	}

	private static String withArticle(String type) {
		return switch (type) {
			case "integer", "array", "object" -> "an " + type;
			case "null" -> "null";
			default -> "a " + type;
		};
	}

	private static String lowerFirst(String text) {
		if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && !Character.isUpperCase(text.charAt(1))) {
			return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
		}
		return text;
	}

}
