package org.plumbline.schedule.instance;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.plumbline.schedule.solver.Placement;
import org.plumbline.schedule.solver.ScheduleReport;
import org.plumbline.schedule.solver.SchedulingProblem;
import org.plumbline.schedule.solver.TalkPlacement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The scheduling file formats, version 1 (docs/scheduling-instance.md): an instance (the
 * problem alone), a solution (talk id to block, room and first slot) and a report (score
 * and each constraint's count). Each has a JSON Schema under {@code schedule/}.
 */
public final class SchedulingFiles {

	public static final int VERSION = 1;

	public static final String INSTANCE_FORMAT = "plumbline-scheduling-instance";

	public static final String SOLUTION_FORMAT = "plumbline-scheduling-solution";

	public static final String REPORT_FORMAT = "plumbline-scheduling-report";

	static final String INSTANCE_SCHEMA = "schedule/scheduling-instance-1.schema.json";

	static final String SOLUTION_SCHEMA = "schedule/scheduling-solution-1.schema.json";

	static final String REPORT_SCHEMA = "schedule/scheduling-report-1.schema.json";

	private static final SchemaCheckedJson SOLUTION = new SchemaCheckedJson(SOLUTION_SCHEMA);

	private SchedulingFiles() {
	}

	/**
	 * @throws InstanceFileException if the file is not JSON, breaks the schema, or holds
	 * an impossible date or an unknown time zone; what the solver refuses (unknown ids,
	 * sizes, negative weights) it refuses when asked to solve or score
	 */
	public static SchedulingProblem readInstance(byte[] bytes) {
		return InstanceReader.read(bytes);
	}

	public static byte[] writeInstance(SchedulingProblem problem) {
		return InstanceWriter.write(problem);
	}

	/** The placements in the file's order. */
	public static List<TalkPlacement> readSolution(byte[] bytes) {
		JsonNode placements = SOLUTION.read(bytes).path("placements");
		List<TalkPlacement> lines = new ArrayList<>();
		placements.properties()
			.forEach(entry -> lines.add(new TalkPlacement(entry.getKey(), entry.getValue().path("block").stringValue(),
					entry.getValue().path("room").stringValue(), entry.getValue().path("firstSlot").intValue())));
		return lines;
	}

	/** The placements in the given order, so one solution always gives the same bytes. */
	public static byte[] writeSolution(List<TalkPlacement> placements) {
		ObjectNode root = JsonNodeFactory.instance.objectNode();
		root.put("format", SOLUTION_FORMAT);
		root.put("formatVersion", VERSION);
		ObjectNode byTalk = root.putObject("placements");
		placements.forEach(line -> InstanceWriter.placement(byTalk.putObject(line.talk()),
				new Placement(line.block(), line.room(), line.firstSlot())));
		return SchemaCheckedJson.write(root);
	}

	public static byte[] writeReport(ScheduleReport report) {
		return ReportFormat.json(report);
	}

	/**
	 * @throws InstanceFileException if the file is not JSON or breaks the report schema
	 */
	public static ScheduleReport readReport(byte[] bytes) {
		return ReportFormat.read(bytes);
	}

	/**
	 * Any file of these formats as they are written: laid out like the event data file,
	 * ending in a new line.
	 */
	public static String text(JsonNode root) {
		return new String(SchemaCheckedJson.write(root), StandardCharsets.UTF_8);
	}

	/**
	 * The report in words, a line each: the score, each constraint, the hard violations.
	 */
	public static List<String> summary(ScheduleReport report) {
		return ReportFormat.summary(report);
	}

}
