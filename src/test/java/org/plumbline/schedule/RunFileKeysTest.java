package org.plumbline.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plumbline.schedule.instance.SchedulingFiles;
import org.plumbline.schedule.instance.TinyInstance;
import org.plumbline.schedule.solver.ScheduleSolver;
import org.plumbline.schedule.solver.SchedulingProblem;

/**
 * A solver run's files name persons and same-minute blocks by database ids; an event data
 * file names them by its own keys, and another database maps them back to its ids.
 */
class RunFileKeysTest {

	private static final LocalDate MONDAY = LocalDate.parse("2026-11-16");

	/** The tiny instance as a problem read from an event names its persons and blocks. */
	private static final RunFiles STORED = stored();

	private static final Map<Long, String> KEYS = Map.of(7L, "alice-guid", 8L, "bob-guid", 9L, "carol-guid", 10L,
			"dave-guid", 11L, "erin-guid");

	private static final Map<Long, String> ADDRESSES = Map.of(12L, "erin@example.org", 13L, "frank@example.org");

	private static final Map<String, Long> ACCOUNTS = Map.of("erin@example.org", 12L, "frank@example.org", 13L);

	private static final RunFileKeys.Keys KEYED_WITH_AFTERNOON = new RunFileKeys.Keys(KEYS::get, ADDRESSES::get,
			id -> id == 41 ? "Afternoon" : null);

	@Test
	void personsAttendeesAndASecondBlockAreNamedByTheFilesKeys() {
		RunFiles keyed = RunFileKeys.keyed(STORED, KEYED_WITH_AFTERNOON);

		assertThat(keyed.instanceJson())
			.contains("\"person-alice-guid\"", "\"person-erin-guid\"", "\"2026-11-16 09:00 #Afternoon\"",
					"\"2026-11-16 09:00\"")
			.doesNotContainPattern("\"person-\\d+\"")
			.doesNotContain("#41\"");
		assertThat(keyed.instanceJson()).contains("\"account-erin@example.org\"", "\"visitor-ab12\"",
				"\"account-frank@example.org\"");
		assertThat(keyed.solutionJson()).contains("\"block\": \"2026-11-16 09:00 #Afternoon\"");
		assertThat(keyed.reportJson()).isEqualTo(STORED.reportJson());
		assertThat(RunFileKeys.accountIds(STORED)).containsExactly(12L, 13L);
		assertThat(RunFileKeys.personKeys(keyed)).containsExactlyInAnyOrderElementsOf(KEYS.values());
		assertThat(RunFileKeys.personIds(STORED)).containsExactlyInAnyOrderElementsOf(KEYS.keySet());
	}

	@Test
	void aBlockOrAnAccountDeletedBeforeTheExportIsNamedAsNoneAndStaysSoInAnotherDatabase() {
		RunFiles keyed = RunFileKeys.keyed(STORED,
				new RunFileKeys.Keys(KEYS::get, id -> id == 12 ? "erin@example.org" : null, id -> null));
		RunFileKeys.Ids ids = new RunFileKeys.Ids(key -> 1L, ACCOUNTS::get, (day, label) -> null);

		RunFiles elsewhere = RunFileKeys.stored(keyed, ids);

		assertThat(keyed.instanceJson()).contains("\"2026-11-16 09:00 #deleted-41\"")
			.as("an attendee whose account was deleted counts as one without")
			.contains("\"visitor-deleted-account-13\"");
		assertThat(elsewhere.instanceJson()).contains("\"visitor-deleted-account-13\"", "\"account-12\"");
		assertThat(elsewhere.solutionJson()).contains("\"block\": \"2026-11-16 09:00 #deleted-41\"");
		assertThat(RunFileKeys.problems(keyed, ids)).isEmpty();
	}

	@Test
	void anotherDatabaseGetsTheSameFilesWithItsOwnIdsAndTheSameIdsGiveTheSameBytes() {
		RunFiles keyed = RunFileKeys.keyed(STORED, KEYED_WITH_AFTERNOON);
		Map<String, Long> persons = Map.of("alice-guid", 7L, "bob-guid", 8L, "carol-guid", 9L, "dave-guid", 10L,
				"erin-guid", 11L);

		RunFiles same = RunFileKeys.stored(keyed, new RunFileKeys.Ids(persons::get, ACCOUNTS::get,
				(day, label) -> day.equals(MONDAY) && label.equals("Afternoon") ? 41L : null));
		RunFiles elsewhere = RunFileKeys.stored(keyed, new RunFileKeys.Ids(key -> persons.get(key) + 100,
				address -> ACCOUNTS.get(address) + 100, (day, label) -> label.equals("Afternoon") ? 5L : null));

		assertThat(same).isEqualTo(STORED);
		assertThat(elsewhere.instanceJson()).contains("\"person-107\"", "\"account-112\"", "\"visitor-ab12\"",
				"\"2026-11-16 09:00 #5\"");
		assertThat(elsewhere.solutionJson()).contains("\"block\": \"2026-11-16 09:00 #5\"");
		SchedulingProblem problem = SchedulingFiles
			.readInstance(elsewhere.instanceJson().getBytes(StandardCharsets.UTF_8));
		assertThat(ScheduleSolver
			.report(problem, SchedulingFiles.readSolution(elsewhere.solutionJson().getBytes(StandardCharsets.UTF_8)))
			.score())
			.as("the same problem under other names")
			.isEqualTo(ScheduleSolver
				.report(SchedulingFiles.readInstance(STORED.instanceJson().getBytes(StandardCharsets.UTF_8)),
						SchedulingFiles.readSolution(STORED.solutionJson().getBytes(StandardCharsets.UTF_8)))
				.score());
	}

	@Test
	void aPersonOrBlockTheFileLacksAndAFileOfAnotherFormatAreProblemsAtTheirPlaces() {
		RunFiles keyed = RunFileKeys.keyed(STORED, KEYED_WITH_AFTERNOON);

		String noBlock = "\"2026-11-16 09:00 #Afternoon\" names no time block: \"Afternoon\" is not the label of a "
				+ "block of \"timeBlocks\" on its day";
		String noPerson = "\"person-alice-guid\" names no person: a run names each \"person-\" and the id of an entry "
				+ "of \"people\"";
		assertThat(RunFileKeys.problems(keyed,
				new RunFileKeys.Ids(key -> key.equals("alice-guid") ? null : 1L,
						address -> address.startsWith("erin") ? 1L : null, (day, label) -> null)))
			.containsExactly(new RunFileKeys.Problem("/instance/blocks/1/id", noBlock),
					new RunFileKeys.Problem("/instance/tracks/0/chairs/0", noPerson),
					new RunFileKeys.Problem("/instance/talks/2/attendees/2",
							"\"account-frank@example.org\" names no attendee: a run names each \"account-\" and the "
									+ "address of an entry of \"accounts\", or \"visitor-\" and a visitor's hash"),
					new RunFileKeys.Problem("/instance/penalties/trackBlocks/0/target", noBlock),
					new RunFileKeys.Problem("/instance/penalties/roomBlocks/0/target", noBlock),
					new RunFileKeys.Problem("/instance/penalties/personBlocks/0/person", noPerson),
					new RunFileKeys.Problem("/solution/placements/kernel-1/block", noBlock));
		assertThat(RunFileKeys.problems(new RunFiles("{\"format\": \"plumbline-scheduling-instance\"}",
				keyed.solutionJson(), keyed.reportJson()),
				new RunFileKeys.Ids(key -> 1L, key -> 1L, (day, label) -> 1L)))
			.singleElement()
			.satisfies(problem -> assertThat(problem.pointer()).isEqualTo("/instance"))
			.satisfies(problem -> assertThat(problem.words())
				.startsWith("not a scheduling instance (docs/scheduling-instance.md): "));
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> RunFileKeys.stored(keyed, new RunFileKeys.Ids(key -> null, key -> 1L, (day, label) -> 1L)))
			.withMessageStartingWith("/instance/tracks/0/chairs/0: \"person-alice-guid\" names no person");
	}

	private static RunFiles stored() {
		String instance = TinyInstance.text(TinyInstance.INSTANCE)
			.replace("\"attendees\": [\"erin\"]", "\"attendees\": [\"account-12\", \"visitor-ab12\", \"account-13\"]")
			.replace("\"mon-am\"", "\"2026-11-16 09:00\"")
			.replace("\"mon-pm\"", "\"2026-11-16 09:00 #41\"")
			.replace("\"alice\"", "\"person-7\"")
			.replace("\"bob\"", "\"person-8\"")
			.replace("\"carol\"", "\"person-9\"")
			.replace("\"dave\"", "\"person-10\"")
			.replace("\"erin\"", "\"person-11\"");
		SchedulingProblem problem = SchedulingFiles.readInstance(instance.getBytes(StandardCharsets.UTF_8));
		String solution = TinyInstance.text(TinyInstance.SOLUTION)
			.replace("\"kernel-1\": {\"block\": \"mon-am\"", "\"kernel-1\": {\"block\": \"2026-11-16 09:00 #41\"")
			.replace("\"mon-am\"", "\"2026-11-16 09:00\"");
		var placements = SchedulingFiles.readSolution(solution.getBytes(StandardCharsets.UTF_8));
		return new RunFiles(new String(SchedulingFiles.writeInstance(problem), StandardCharsets.UTF_8),
				new String(SchedulingFiles.writeSolution(placements), StandardCharsets.UTF_8),
				new String(SchedulingFiles.writeReport(ScheduleSolver.report(problem, placements)),
						StandardCharsets.UTF_8));
	}

}
