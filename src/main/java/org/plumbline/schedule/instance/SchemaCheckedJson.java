package org.plumbline.schedule.instance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one of the scheduling formats and checks it against its JSON Schema, refusing it
 * with the first violation; writes them laid out like the event data file.
 */
final class SchemaCheckedJson {

	/**
	 * Duplicate properties are an error: silently keeping the last one would hide a
	 * mistake in the file (a talk placed twice in a solution).
	 */
	private static final JsonMapper READER = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private static final ObjectWriter WRITER = JsonMapper.shared()
		.writer()
		.with(new DefaultPrettyPrinter(Separators.createDefaultInstance()
			.withObjectNameValueSpacing(Separators.Spacing.AFTER)
			.withObjectEmptySeparator("")
			.withArrayEmptySeparator("")).withObjectIndenter(new DefaultIndenter("  ", "\n"))
			.withArrayIndenter(new DefaultIndenter("  ", "\n")));

	private final Schema schema;

	SchemaCheckedJson(String schemaResource) {
		SchemaRegistryConfig config = SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build();
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
				builder -> builder.schemaRegistryConfig(config));
		this.schema = registry.getSchema(readSchema(schemaResource));
	}

	/**
	 * @throws InstanceFileException if the bytes are not JSON or break the schema
	 */
	JsonNode read(byte[] bytes) {
		JsonNode root;
		try {
			root = READER.readTree(bytes);
		}
		catch (JacksonException ex) {
			throw new InstanceFileException(
					"malformed JSON: " + firstLine(ex.getOriginalMessage()) + (ex.getLocation() == null ? "" : " (line "
							+ ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() + ")"));
		}
		if (root == null || root.isMissingNode()) {
			throw new InstanceFileException("the file is empty; expected a JSON object");
		}
		List<Error> errors = schema.validate(root);
		if (!errors.isEmpty()) {
			throw new InstanceFileException(describe(errors.getFirst()));
		}
		return root;
	}

	static byte[] write(JsonNode root) {
		return (WRITER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	private static String describe(Error error) {
		String pointer = error.getInstanceLocation().toString();
		return (pointer.isEmpty() ? "/" : pointer) + ": " + error.getMessage();
	}

	private static String firstLine(String message) {
		return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
	}

	private static JsonNode readSchema(String resource) {
		try (InputStream in = SchemaCheckedJson.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("The schema " + resource + " is missing from the classpath");
			}
			return JsonMapper.shared().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The schema " + resource + " cannot be read", ex);
		}
	}

}
