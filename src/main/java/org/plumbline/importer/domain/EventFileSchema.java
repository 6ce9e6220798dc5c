package org.plumbline.importer.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import org.plumbline.importer.EventFileProblem;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a file against the format's JSON Schema and turns each violation into a problem
 * at the violating value's line and column, worded by {@link SchemaErrorMessages}.
 */
final class EventFileSchema {

	/**
	 * Keywords whose rule the semantic checks state better (they name the offending
	 * entry, not its list): at most one KEY_ATTENDEES section, breakStart and breakEnd
	 * together.
	 */
	private static final Set<String> STATED_BETTER_ELSEWHERE = Set.of("contains", "minContains", "maxContains",
			"dependentRequired");

	/**
	 * An evaluation path through one branch of a oneOf: such errors explain why that
	 * branch did not fit.
	 */
	private static final Pattern ONE_OF_BRANCH = Pattern.compile("^(.*/oneOf)/(\\d+)(/.*)?$");

	private final Schema schema;

	private final SchemaErrorMessages messages;

	EventFileSchema() {
		JsonNode schemaTree = readSchemaTree();
		SchemaRegistryConfig config = SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build();
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
				builder -> builder.schemaRegistryConfig(config));
		this.schema = registry.getSchema(schemaTree);
		this.messages = new SchemaErrorMessages(schemaTree);
	}

	List<EventFileProblem> check(LocatedJson json) {
		List<Error> errors = schema.validate(json.root());
		List<EventFileProblem> problems = new ArrayList<>();
		for (Error error : withoutUnmatchedBranches(errors)) {
			if (!STATED_BETTER_ELSEWHERE.contains(error.getKeyword())) {
				problems.add(messages.problem(error, json));
			}
		}
		return problems;
	}

	/**
	 * A value that fits no branch of a oneOf gets an error for every branch. When exactly
	 * one branch has the value's shape (no missing or unknown property), its errors are
	 * the useful ones and replace the oneOf error; otherwise the single oneOf error stays
	 * and the branch details go.
	 */
	static List<Error> withoutUnmatchedBranches(List<Error> errors) {
		List<Error> result = new ArrayList<>();
		Map<Error, Map<Integer, List<Error>>> branchesByOneOf = new LinkedHashMap<>();
		errors.stream()
			.filter(error -> "oneOf".equals(error.getKeyword()))
			.forEach(oneOf -> branchesByOneOf.put(oneOf, new LinkedHashMap<>()));
		for (Error error : errors) {
			Matcher branch = ONE_OF_BRANCH.matcher(error.getEvaluationPath().toString());
			Error oneOf = branch.matches() ? oneOfOf(error, branch.group(1), branchesByOneOf.keySet()) : null;
			if (oneOf != null) {
				branchesByOneOf.get(oneOf)
					.computeIfAbsent(Integer.parseInt(branch.group(2)), index -> new ArrayList<>())
					.add(error);
			}
			else if (!branchesByOneOf.containsKey(error)) {
				result.add(error);
			}
		}
		branchesByOneOf.forEach((oneOf, branches) -> {
			List<Error> shapedBranch = onlyBranchWithTheRightShape(branches, oneOf);
			result.addAll(shapedBranch != null ? shapedBranch : List.of(oneOf));
		});
		return result;
	}

	/**
	 * The oneOf error a branch error explains: the same place in the schema, and (since
	 * one schema place applies to every element of a list) the value at or above the
	 * branch error's value.
	 */
	private static Error oneOfOf(Error branchError, String oneOfPath, Set<Error> oneOfs) {
		return oneOfs.stream()
			.filter(oneOf -> oneOf.getEvaluationPath().toString().equals(oneOfPath))
			.filter(oneOf -> branchError.getInstanceLocation().startsWith(oneOf.getInstanceLocation()))
			.max(Comparator.comparingInt(oneOf -> oneOf.getInstanceLocation().getNameCount()))
			.orElse(null);
	}

	private static List<Error> onlyBranchWithTheRightShape(Map<Integer, List<Error>> branches, Error oneOf) {
		List<List<Error>> shaped = branches.values()
			.stream()
			.filter(branch -> branch.stream().noneMatch(error -> isShapeError(error, oneOf)))
			.toList();
		return shaped.size() == 1 ? shaped.getFirst() : null;
	}

	private static boolean isShapeError(Error error, Error oneOf) {
		boolean atTheValue = error.getInstanceLocation().equals(oneOf.getInstanceLocation());
		return atTheValue && Set.of("required", "additionalProperties", "type").contains(error.getKeyword());
	}

	static JsonNode readSchemaTree() {
		try (InputStream in = new ClassPathResource(EventFileFormat.SCHEMA_RESOURCE).getInputStream()) {
			return JsonMapper.shared().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The event data file schema is missing from the classpath", ex);
		}
	}

}
