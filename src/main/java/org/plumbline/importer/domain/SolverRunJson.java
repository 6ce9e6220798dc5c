package org.plumbline.importer.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.plumbline.event.TimeBlock;
import org.plumbline.importer.domain.EventFileContent.FileRun;
import org.plumbline.people.PersonSummary;
import org.plumbline.schedule.BackedUpRun;
import org.plumbline.schedule.RunFileKeys;
import org.plumbline.schedule.RunFiles;
import org.plumbline.schedule.RunState;
import org.plumbline.schedule.ScorePoint;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The solver runs in an event data file: {@code solverRuns}, the first requested first,
 * each with every column of its run, the account that started it by address, its
 * instance, solution and report as JSON objects in which each person is named by their
 * {@code people[]} entry, each attendee with an account by its address and a second block
 * starting at the same minute by its label ({@link RunFileKeys}), and its best scores
 * over time.
 */
final class SolverRunJson {

	private static final JsonMapper JSON = JsonMapper.shared();

	private SolverRunJson() {
	}

	/**
	 * @param persons the {@code people[]} entries, by person id; every person the runs'
	 * files name among them
	 * @param addresses the accounts' addresses, by account id; every run's requester and
	 * every account its files name among them
	 */
	static void write(ObjectNode root, List<BackedUpRun> runs, List<TimeBlock> blocks, Map<Long, PersonSummary> persons,
			Map<Long, String> addresses) {
		Map<Long, String> labels = new HashMap<>();
		blocks.forEach(block -> labels.put(block.id(), block.label()));
		ArrayNode list = root.putArray("solverRuns");
		for (BackedUpRun run : runs) {
			ObjectNode node = list.addObject().put("state", run.state().name());
			JsonFields.optional(node, "day", run.day());
			node.put("seed", run.seed())
				.put("seconds", run.seconds())
				.put("threads", run.threads())
				.put("draftVersion", run.draftVersion())
				.put("stopRequested", run.stopRequested())
				.put("spentMillis", run.spentMillis());
			JsonFields.optional(node, "bestScore", run.bestScore());
			JsonFields.optional(node, "error", run.error());
			JsonFields.optional(node, "requestedBy",
					run.requestedBy() == null ? null : addresses.get(run.requestedBy()));
			node.put("requestedAt", run.requestedAt().toString());
			JsonFields.optional(node, "startedAt", run.startedAt());
			JsonFields.optional(node, "heartbeatAt", run.heartbeatAt());
			JsonFields.optional(node, "finishedAt", run.finishedAt());
			JsonFields.optional(node, "claimedBy", run.claimedBy());
			node.put("version", run.version());
			RunFiles keyed = RunFileKeys.keyed(run.files(),
					new RunFileKeys.Keys(person -> persons.get(person).guid().toString(), addresses::get, labels::get));
			node.set("instance", JSON.readTree(keyed.instanceJson()));
			if (keyed.solutionJson() != null) {
				node.set("solution", JSON.readTree(keyed.solutionJson()));
			}
			if (keyed.reportJson() != null) {
				node.set("report", JSON.readTree(keyed.reportJson()));
			}
			ArrayNode progress = node.putArray("progress");
			run.progress()
				.forEach(point -> progress.addObject()
					.put("position", point.position())
					.put("spentMillis", point.spentMillis())
					.put("hard", point.hard())
					.put("medium", point.medium())
					.put("soft", point.soft()));
		}
	}

	/** The solver runs of a file that passed validation. */
	static List<FileRun> read(JsonNode root) {
		List<FileRun> runs = new ArrayList<>();
		for (JsonNode node : root.path("solverRuns").values()) {
			List<ScorePoint> progress = new ArrayList<>();
			node.path("progress")
				.values()
				.forEach(point -> progress.add(new ScorePoint(point.get("position").intValue(),
						point.get("spentMillis").longValue(), point.get("hard").longValue(),
						point.get("medium").longValue(), point.get("soft").longValue())));
			String day = JsonFields.text(node, "day");
			runs.add(new FileRun(new BackedUpRun(RunState.valueOf(node.get("state").stringValue()),
					day == null ? null : LocalDate.parse(day), node.get("seed").longValue(),
					node.get("seconds").intValue(), node.get("threads").intValue(), node.get("draftVersion").intValue(),
					files(node), JsonFields.text(node, "bestScore"), JsonFields.text(node, "error"),
					node.get("stopRequested").booleanValue(), node.get("spentMillis").longValue(), null,
					JsonFields.instant(node, "requestedAt"), JsonFields.instant(node, "startedAt"),
					JsonFields.instant(node, "heartbeatAt"), JsonFields.instant(node, "finishedAt"),
					JsonFields.text(node, "claimedBy"), node.get("version").intValue(), progress),
					JsonFields.text(node, "requestedBy")));
		}
		return List.copyOf(runs);
	}

	/** A run's files as the file gives them, naming persons and blocks by its keys. */
	static RunFiles files(JsonNode run) {
		return new RunFiles(text(run.get("instance")), text(run.get("solution")), text(run.get("report")));
	}

	private static String text(JsonNode file) {
		return file == null ? null : JSON.writeValueAsString(file);
	}

}
