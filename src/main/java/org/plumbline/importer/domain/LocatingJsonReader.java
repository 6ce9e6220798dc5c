package org.plumbline.importer.domain;

import java.util.HashMap;
import java.util.Map;

import org.plumbline.importer.EventFileException;
import org.plumbline.importer.EventFileProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads JSON into a tree in one pass of the streaming parser, recording where each value
 * starts. A tree alone has forgotten its lines; problems found later in it still need to
 * name them.
 */
public final class LocatingJsonReader {

	/**
	 * Duplicate properties are an error: silently keeping the last one would hide a
	 * mistake in the file.
	 */
	private static final JsonFactory JSON = JsonFactory.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private LocatingJsonReader() {
	}

	/**
	 * @throws EventFileException with one problem at the parser's line and column if the
	 * bytes are not JSON
	 */
	public static LocatedJson read(byte[] bytes) {
		Map<String, Position> positions = new HashMap<>();
		try (JsonParser parser = JSON.createParser(bytes)) {
			if (parser.nextToken() == null) {
				throw new EventFileException(
						new EventFileProblem("", 1, 1, "the file is empty; expected a JSON object"));
			}
			JsonNode root = value(parser, "", positions);
			if (parser.nextToken() != null) {
				throw malformed(parser.currentTokenLocation(), "unexpected content after the end of the JSON document");
			}
			return new LocatedJson(root, Map.copyOf(positions));
		}
		catch (JacksonException ex) {
			throw malformed(ex.getLocation(), ex.getOriginalMessage());
		}
	}

	private static JsonNode value(JsonParser parser, String pointer, Map<String, Position> positions) {
		TokenStreamLocation start = parser.currentTokenLocation();
		positions.put(pointer, new Position(start.getLineNr(), start.getColumnNr()));
		JsonToken token = parser.currentToken();
		return switch (token) {
			case START_OBJECT -> object(parser, pointer, positions);
			case START_ARRAY -> array(parser, pointer, positions);
			case VALUE_STRING -> NODES.stringNode(parser.getString());
			case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
				case INT -> NODES.numberNode(parser.getIntValue());
				case LONG -> NODES.numberNode(parser.getLongValue());
				default -> NODES.numberNode(parser.getBigIntegerValue());
			};
			case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
			case VALUE_TRUE -> NODES.booleanNode(true);
			case VALUE_FALSE -> NODES.booleanNode(false);
			case VALUE_NULL -> NODES.nullNode();
			default -> throw malformed(start, "unexpected " + token);
		};
	}

	private static ObjectNode object(JsonParser parser, String pointer, Map<String, Position> positions) {
		ObjectNode object = NODES.objectNode();
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			parser.nextToken();
			object.set(name, value(parser, JsonPointers.child(pointer, name), positions));
		}
		return object;
	}

	private static ArrayNode array(JsonParser parser, String pointer, Map<String, Position> positions) {
		ArrayNode array = NODES.arrayNode();
		while (parser.nextToken() != JsonToken.END_ARRAY) {
			array.add(value(parser, JsonPointers.child(pointer, array.size()), positions));
		}
		return array;
	}

	private static EventFileException malformed(TokenStreamLocation location, String detail) {
		int line = location == null ? 0 : location.getLineNr();
		int column = location == null ? 0 : location.getColumnNr();
		return new EventFileException(
				new EventFileProblem("", Math.max(line, 0), Math.max(column, 0), "malformed JSON: " + tidy(detail)));
	}

	/**
	 * Parser messages may quote the source or its location again; the problem already
	 * says where.
	 */
	private static String tidy(String detail) {
		String firstLine = detail == null ? "unreadable" : detail.lines().findFirst().orElse("unreadable");
		return firstLine.replaceAll("\\s*\\(start marker at \\[[^]]*]\\)", "").strip();
	}

}
