package org.plumbline.schedule.instance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import org.plumbline.schedule.ConflictKind;
import org.plumbline.schedule.ConflictLevel;
import org.plumbline.schedule.solver.ConflictCounts;
import org.plumbline.schedule.solver.ConstraintReport;
import org.plumbline.schedule.solver.ScheduleConstraint;
import org.plumbline.schedule.solver.ScheduleReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A report as a file and in words. Each line carries the constraint's key (as an
 * instance's weights name it) beside its name, and the score it cost, so a reader need
 * not multiply. The conflicts follow, counted as the timetable counts them, each under
 * the name of its {@link ConflictCounts} field.
 */
final class ReportFormat {

	private static final Map<String, ScheduleConstraint> BY_TITLE = Arrays.stream(ScheduleConstraint.values())
		.collect(Collectors.toUnmodifiableMap(ScheduleConstraint::title, Function.identity()));

	private static final String LINE = "  %-30s %-6s %8s %10s %10s";

	private static final String CONFLICT_LINE = "  %-30s %-6s %8s";

	/**
	 * The conflicts in the checker's order: their keys in the file, their words and their
	 * counts.
	 */
	private static final List<ConflictLine> CONFLICT_LINES = List.of(
			new ConflictLine(ConflictKind.PERSON_IN_TWO_PLACES, "personInTwoPlaces", "Person in two places",
					ConflictCounts::personInTwoPlaces),
			new ConflictLine(ConflictKind.KEY_ATTENDEE_IN_TWO_PLACES, "keyAttendeeInTwoPlaces",
					"Key attendee in two places", ConflictCounts::keyAttendeeInTwoPlaces),
			new ConflictLine(ConflictKind.ROOM_USED_TWICE, "roomUsedTwice", "Room used twice",
					ConflictCounts::roomUsedTwice),
			new ConflictLine(ConflictKind.UNAVAILABLE, "roomUnavailable", "Room unavailable",
					ConflictCounts::roomUnavailable),
			new ConflictLine(ConflictKind.UNAVAILABLE, "personUnavailable", "Person unavailable",
					ConflictCounts::personUnavailable),
			new ConflictLine(ConflictKind.KEY_ATTENDEE_UNAVAILABLE, "keyAttendeeUnavailable",
					"Key attendee unavailable", ConflictCounts::keyAttendeeUnavailable),
			new ConflictLine(ConflictKind.ROOM_TOO_SMALL, "roomTooSmall", "Room too small",
					ConflictCounts::roomTooSmall));

	private static final SchemaCheckedJson REPORT = new SchemaCheckedJson(SchedulingFiles.REPORT_SCHEMA);

	private ReportFormat() {
	}

	static byte[] json(ScheduleReport report) {
		ObjectNode root = JsonNodeFactory.instance.objectNode();
		root.put("format", SchedulingFiles.REPORT_FORMAT);
		root.put("formatVersion", SchedulingFiles.VERSION);
		root.put("score", report.score().toString());
		root.put("hard", report.score().hardScore());
		root.put("medium", report.score().mediumScore());
		root.put("soft", report.score().softScore());
		lines(root.putArray("constraints"), report.constraints());
		lines(root.putArray("hardViolations"), report.hardViolations());
		ObjectNode conflicts = root.putObject("conflicts");
		CONFLICT_LINES.forEach(line -> conflicts.put(line.key(), line.count().applyAsLong(report.conflicts())));
		return SchemaCheckedJson.write(root);
	}

	/** A report as {@link #json} wrote it, checked against the report schema. */
	static ScheduleReport read(byte[] bytes) {
		JsonNode root = REPORT.read(bytes);
		List<ConstraintReport> lines = new ArrayList<>();
		for (JsonNode line : root.path("constraints")) {
			lines.add(new ConstraintReport(line.path("name").stringValue(),
					ConflictLevel.valueOf(line.path("level").stringValue()), line.path("weight").longValue(),
					line.path("penalties").longValue()));
		}
		JsonNode conflicts = root.path("conflicts");
		return new ScheduleReport(
				HardMediumSoftScore
					.of(root.path("hard").longValue(), root.path("medium").longValue(), root.path("soft").longValue()),
				lines,
				new ConflictCounts(conflicts.path("personInTwoPlaces").longValue(),
						conflicts.path("keyAttendeeInTwoPlaces").longValue(),
						conflicts.path("roomUsedTwice").longValue(), conflicts.path("roomUnavailable").longValue(),
						conflicts.path("personUnavailable").asLong(0),
						conflicts.path("keyAttendeeUnavailable").asLong(0),
						conflicts.path("roomTooSmall").longValue()));
	}

	static List<String> summary(ScheduleReport report) {
		List<String> lines = new ArrayList<>();
		lines.add("score " + report.score() + (report.hardViolations().isEmpty() ? " (feasible)" : " (infeasible)"));
		lines.add(String.format(Locale.ROOT, LINE, "constraint", "level", "weight", "penalties", "score"));
		for (ConstraintReport line : report.constraints()) {
			lines.add(String.format(Locale.ROOT, LINE, line.name(), line.level(), line.weight(), line.penalties(),
					cost(line)));
		}
		lines.add("hard violations: " + (report.hardViolations().isEmpty() ? "none"
				: report.hardViolations()
					.stream()
					.map(line -> line.name() + " (" + line.penalties() + ")")
					.collect(Collectors.joining(", "))));
		lines.add("conflicts as the timetable counts them:");
		lines.add(String.format(Locale.ROOT, CONFLICT_LINE, "conflict", "level", "count"));
		for (ConflictLine line : CONFLICT_LINES) {
			lines.add(String.format(Locale.ROOT, CONFLICT_LINE, line.words(), line.kind().level(),
					line.count().applyAsLong(report.conflicts())));
		}
		return lines;
	}

	private static void lines(ArrayNode array, List<ConstraintReport> lines) {
		for (ConstraintReport line : lines) {
			ObjectNode node = array.addObject();
			node.put("constraint", BY_TITLE.get(line.name()).name());
			node.put("name", line.name());
			node.put("level", line.level().name());
			node.put("weight", line.weight());
			node.put("penalties", line.penalties());
			node.put("score", cost(line));
		}
	}

	private static long cost(ConstraintReport line) {
		return -line.weight() * line.penalties();
	}

	private record ConflictLine(ConflictKind kind, String key, String words, ToLongFunction<ConflictCounts> count) {
	}

}
