package org.plumbline.importer.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plumbline.people.EmailKeys;
import org.plumbline.schedule.RunFileKeys;
import tools.jackson.databind.JsonNode;

/**
 * Rules for the solver runs that the schema cannot express, as the database and the runs'
 * pages would refuse them: a run is started by an account of the file; a failed one says
 * why; a result is a solution and a report, and an applied or discarded run has one; each
 * best score has its own position; and its instance, solution and report are files of
 * their formats that name only persons of {@code people}, accounts of {@code accounts}
 * and blocks of {@code timeBlocks}.
 */
final class SolverRunRules {

	private static final long KNOWN = 0;

	private SolverRunRules() {
	}

	static void check(Findings findings) {
		Set<String> addresses = AccountRules.addressKeys(findings);
		Set<String> personIds = AccountRules.personIds(findings);
		Map<String, List<JsonNode>> blocks = TimetableRules.blocksByDate(findings);
		List<JsonNode> runs = Findings.elements(findings.root().get("solverRuns"));
		for (int i = 0; i < runs.size(); i++) {
			String pointer = "/solverRuns/" + i;
			JsonNode run = runs.get(i);
			AccountRules.knownAccount(findings, addresses, pointer + "/requestedBy",
					Findings.text(run.get("requestedBy")));
			String state = Findings.text(run.get("state"));
			if ("FAILED".equals(state) && !run.has("error")) {
				findings.add(pointer + "/state", "a FAILED run says why it failed: give its \"error\"");
			}
			if (run.has("solution") != run.has("report")) {
				findings.add(pointer, "a run's result is a solution and its report: give both or neither");
			}
			if (("APPLIED".equals(state) || "DISCARDED".equals(state)) && !run.has("solution")) {
				findings.add(pointer + "/state", "an " + state + " run has a result: give its solution and report");
			}
			Map<String, String> positions = new HashMap<>();
			List<JsonNode> progress = Findings.elements(run.get("progress"));
			for (int j = 0; j < progress.size(); j++) {
				JsonNode position = progress.get(j).get("position");
				if (position != null && position.isIntegralNumber()) {
					findings.unique(positions, position.asString(), pointer + "/progress/" + j + "/position",
							"best score at position " + position.asString());
				}
			}
			if (run.get("instance") != null && run.get("instance").isObject()) {
				RunFileKeys
					.problems(SolverRunJson.files(run),
							new RunFileKeys.Ids(key -> personIds.contains(key) ? KNOWN : null,
									address -> addresses.contains(EmailKeys.of(address)) ? KNOWN : null,
									(day, label) -> hasBlock(blocks, day, label) ? KNOWN : null))
					.forEach(problem -> findings.add(pointer + problem.pointer(), problem.words()));
			}
		}
	}

	private static boolean hasBlock(Map<String, List<JsonNode>> blocks, LocalDate day, String label) {
		return blocks.getOrDefault(day.toString(), List.of())
			.stream()
			.anyMatch(block -> label.equals(Findings.text(block.get("label"))));
	}

}
