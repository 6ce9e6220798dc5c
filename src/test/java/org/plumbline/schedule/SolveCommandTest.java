package org.plumbline.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plumbline.schedule.instance.TinyInstance;

/**
 * The {@code solve} and {@code score} commands end to end on the committed tiny instance,
 * the way {@code ./plumbline solve ...} runs them.
 */
class SolveCommandTest {

	/**
	 * Worked out by hand from the instance and solution files: kernel-1 and kernel-2 fill
	 * room-1 in mon-am while rust-1 fills room-2 beside them. Similar tracks: kernel and
	 * rust in parallel, similarity 3. Presenter local time: rust-1 runs 18:00 to 20:00 in
	 * Tokyo, two slots outside suitable (09-18) but inside acceptable hours, 1 each. Dave
	 * presents kernel-1 and rust-1: once for the block, once for the overlapping slot 0.
	 * Erin attends rust-1 and presents kernel-2: the same, at weight 2. Carol chairs rust
	 * and is a key attendee of kernel, in parallel: one medium. Room capacity: rust-1's
	 * 30 in room-2's 20 seats; kernel's most wanted 40 fits room-1's 50. Track block
	 * weighs 0. Alice, who chairs kernel, is unavailable all morning: once for kernel's
	 * session, hard. Bob, a key attendee of kernel, is away in the morning's slot 1,
	 * which kernel-2 fills: once for the session, medium.
	 *
	 * Conflicts as the timetable counts them, a talk being a session: kernel-1 and rust-1
	 * share slot 0, kernel-2 and rust-1 slot 1. Dave presents kernel-1 and rust-1: one
	 * person in two places. Carol, key attendee of kernel and chair of rust, is a key
	 * attendee in two places with each kernel talk: two. Erin only attends rust-1, which
	 * needs her nowhere. Alice is needed by both kernel talks while away: two person
	 * unavailable; Bob by kernel-2 only: one key attendee unavailable. Room too small:
	 * rust-1.
	 */
	private static final String TINY_REPORT = """
			score -3hard/-2medium/-19soft (infeasible)
			  constraint                     level    weight  penalties      score
			  Room double-booked             HARD          1          0          0
			  Session mixes tracks           HARD          1          0          0
			  Track block preference         SOFT          0          0          0
			  Track room preference          SOFT          1          0          0
			  Room unavailable               HARD          1          0          0
			  Person unavailable             HARD          1          1         -1
			  Key attendee unavailable       MEDIUM        1          1         -1
			  Talk block preference          SOFT          1          0          0
			  Talk room preference           SOFT          1          0          0
			  Similar tracks in parallel     SOFT          1          3         -3
			  Track in several rooms         SOFT          1          0          0
			  Track in two rooms at once     SOFT          1          0          0
			  Track blocks not consecutive   SOFT          1          0          0
			  Talk order                     SOFT          1          0          0
			  Presenter local time           SOFT          1          2         -2
			  Presenter clash                HARD          1          2         -2
			  Attendee clash                 SOFT          2          2         -4
			  Chair clash                    HARD          1          0          0
			  Key attendee clash             MEDIUM        1          1         -1
			  Room capacity                  SOFT          1         10        -10
			hard violations: Person unavailable (1), Presenter clash (2)
			conflicts as the timetable counts them:
			  conflict                       level     count
			  Person in two places           HARD          1
			  Key attendee in two places     MEDIUM        2
			  Room used twice                HARD          0
			  Room unavailable               HARD          0
			  Person unavailable             HARD          2
			  Key attendee unavailable       MEDIUM        1
			  Room too small                 SOFT          1
			""";

	@TempDir
	Path dir;

	private ByteArrayOutputStream out;

	private ByteArrayOutputStream err;

	@BeforeEach
	void captureOutput() {
		out = new ByteArrayOutputStream();
		err = new ByteArrayOutputStream();
	}

	@Test
	void scorePrintsTheHandComputedReportOfTheTinySolution() throws IOException {
		Path instance = write("instance.json", TinyInstance.text(TinyInstance.INSTANCE));
		Path solution = write("solution.json", TinyInstance.text(TinyInstance.SOLUTION));

		assertThat(run("score", instance.toString(), solution.toString())).isZero();

		assertThat(stdout()).isEqualTo(TINY_REPORT);
		assertThat(stderr()).isEmpty();
	}

	@Test
	void scoreWritesTheReportFileWithTheConflictCountsWhenAsked() throws IOException {
		Path instance = write("instance.json", TinyInstance.text(TinyInstance.INSTANCE));
		Path solution = write("solution.json", TinyInstance.text(TinyInstance.SOLUTION));
		Path report = dir.resolve("report.json");

		assertThat(run("score", instance.toString(), solution.toString(), "--report", report.toString())).isZero();

		assertThat(Files.readString(report)).startsWith("{\n  \"format\": \"plumbline-scheduling-report\",")
			.contains("\"score\": \"-3hard/-2medium/-19soft\"")
			.contains("""
					  "conflicts": {
					    "personInTwoPlaces": 1,
					    "keyAttendeeInTwoPlaces": 2,
					    "roomUsedTwice": 0,
					    "roomUnavailable": 0,
					    "personUnavailable": 2,
					    "keyAttendeeUnavailable": 1,
					    "roomTooSmall": 1
					  }
					""");
	}

	@Test
	void solveWritesASolutionThatScoreReportsAsSolveDid() throws IOException {
		Path instance = write("instance.json", TinyInstance.text(TinyInstance.INSTANCE));
		Path solution = dir.resolve("plan.json");

		assertThat(run("solve", instance.toString(), "--steps", "100", "--seed", "7", "--threads", "2", "--out",
				solution.toString()))
			.isZero();
		String solveOutput = stdout();
		assertThat(stderr())
			.containsPattern("new best -?\\d+hard/-?\\d+medium/-?\\d+soft after \\d+\\.\\d{3} s \\(seed [78]\\)");
		Path report = dir.resolve("plan.report.json");
		assertThat(solveOutput).startsWith("Solved " + instance + " with seed ")
			.contains("; wrote " + solution + " and " + report + "\n");
		assertThat(Files.readString(solution)).startsWith("{\n  \"format\": \"plumbline-scheduling-solution\",");
		Path reportAgain = dir.resolve("again.json");

		assertThat(run("score", instance.toString(), solution.toString(), "--report", reportAgain.toString())).isZero();

		assertThat(solveOutput).endsWith(stdout());
		assertThat(Files.readString(reportAgain)).isEqualTo(Files.readString(report));
	}

	@Test
	void solveBoundByStepsGivesTheSameBytesForTheSameInputSeedAndThreads() throws IOException {
		Path instance = write("instance.json", TinyInstance.text(TinyInstance.SMALL_CONFERENCE));
		Path first = dir.resolve("first.json");
		Path second = dir.resolve("second.json");

		assertThat(run("solve", instance.toString(), "--steps", "300", "--seed", "11", "--threads", "2", "--out",
				first.toString()))
			.isZero();
		assertThat(run("solve", instance.toString(), "--steps", "300", "--seed", "11", "--threads", "2", "--out",
				second.toString(), "--report", dir.resolve("second-report.json").toString()))
			.isZero();

		assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
		assertThat(Files.readAllBytes(dir.resolve("second-report.json")))
			.isEqualTo(Files.readAllBytes(dir.resolve("first.report.json")));
	}

	@Test
	void aTalkLongerThanEveryBlockIsRefusedBeforeSolvingNamingIt() throws IOException {
		Path instance = write("instance.json", TinyInstance.with(TinyInstance.INSTANCE,
				"\"track\": \"rust\", \"slots\": 2,", "\"track\": \"rust\", \"slots\": 3,"));
		Path solution = dir.resolve("plan.json");

		assertThat(run("solve", instance.toString(), "--steps", "10", "--out", solution.toString())).isEqualTo(1);

		assertThat(stderr())
			.isEqualTo("plumbline: talk rust-1 needs 3 slots, longer than every block" + " (the longest holds 2)\n");
		assertThat(solution).doesNotExist();
	}

	@Test
	void moreSlotsNeededThanExistIsRefusedBeforeSolving() throws IOException {
		String oneBlock = TinyInstance.with(TinyInstance.INSTANCE, """
				,
				    {"id": "mon-pm", "order": 2, "date": "2026-11-16", "start": "2026-11-16T13:00:00Z", \
				"end": "2026-11-16T15:00:00Z", "slots": 2, "slotMinutes": 60}""", "");
		Path instance = write("instance.json", TinyInstance.replaced(oneBlock, """
				,
				    {"id": "room-2", "capacity": 20}""", ""));

		assertThat(run("solve", instance.toString(), "--steps", "10", "--out", dir.resolve("plan.json").toString()))
			.isEqualTo(1);

		assertThat(stderr()).isEqualTo("plumbline: the talks need 4 slots but the blocks and rooms hold 2\n");
	}

	@Test
	void anUnknownRoomInAPenaltyTableIsRefusedNamingIt() throws IOException {
		Path instance = write("instance.json",
				TinyInstance.with(TinyInstance.INSTANCE, "\"subject\": \"room-2\"", "\"subject\": \"room-9\""));

		assertThat(run("solve", instance.toString(), "--steps", "10", "--out", dir.resolve("plan.json").toString()))
			.isEqualTo(1);

		assertThat(stderr()).startsWith("plumbline: ")
			.contains("the penalty table roomBlocks names an unknown room room-9")
			.hasLineCount(1);
	}

	@Test
	void anUnknownPersonDeclaredUnavailableIsRefusedNamingIt() throws IOException {
		Path instance = write("instance.json",
				TinyInstance.with(TinyInstance.INSTANCE, "{\"person\": \"bob\"", "{\"person\": \"bobby\""));

		assertThat(run("score", instance.toString(),
				write("solution.json", TinyInstance.text(TinyInstance.SOLUTION)).toString()))
			.isEqualTo(1);

		assertThat(stderr()).isEqualTo("plumbline: the penalty table personBlocks names an unknown person bobby\n");
		assertThat(stdout()).isEmpty();
	}

	@Test
	void aNegativeWeightIsRefusedNamingTheFileAndTheConstraint() throws IOException {
		Path instance = write("instance.json",
				TinyInstance.with(TinyInstance.INSTANCE, "\"ROOM_CAPACITY\": {\"level\": \"SOFT\", \"weight\": 1}",
						"\"ROOM_CAPACITY\": {\"level\": \"SOFT\", \"weight\": -1}"));

		assertThat(run("solve", instance.toString(), "--steps", "10", "--out", dir.resolve("plan.json").toString()))
			.isEqualTo(1);

		assertThat(stderr()).startsWith("plumbline: " + instance + ": /weights/ROOM_CAPACITY/weight: ").hasLineCount(1);
	}

	@Test
	void scoreRefusesASolutionThatLeavesATalkOut() throws IOException {
		Path instance = write("instance.json", TinyInstance.text(TinyInstance.INSTANCE));
		Path solution = write("solution.json", TinyInstance.with(TinyInstance.SOLUTION, """
				,
				    "rust-1": {"block": "mon-am", "room": "room-2", "firstSlot": 0}""", ""));

		assertThat(run("score", instance.toString(), solution.toString())).isEqualTo(1);

		assertThat(stderr()).isEqualTo("plumbline: the solution does not place talk rust-1\n");
		assertThat(stdout()).isEmpty();
	}

	@Test
	void anOutputDirectoryThatIsNotThereIsRefusedBeforeSolving() throws IOException {
		Path instance = write("instance.json", TinyInstance.text(TinyInstance.INSTANCE));
		Path solution = dir.resolve("missing").resolve("plan.json");

		assertThat(run("solve", instance.toString(), "--seconds", "60", "--out", solution.toString())).isEqualTo(1);

		assertThat(stderr())
			.isEqualTo("plumbline: cannot write " + solution + ": no such directory " + dir.resolve("missing") + "\n");
	}

	@Test
	void aMissingFileIsNamed() {
		Path missing = dir.resolve("missing.json");

		assertThat(run("score", missing.toString(), missing.toString())).isEqualTo(1);

		assertThat(stderr()).isEqualTo("plumbline: cannot read " + missing + ": no such file or directory\n");
	}

	@Test
	void wrongArgumentsAreRefusedWithTheUsageBeforeAnyFileIsRead() {
		String[][] wrong = { { "solve", "instance.json", "--out", "plan.json" },
				{ "solve", "instance.json", "--seconds", "5", "--steps", "10", "--out", "plan.json" },
				{ "solve", "instance.json", "--steps", "10" },
				{ "solve", "instance.json", "--steps", "0", "--out", "plan.json" },
				{ "solve", "instance.json", "--steps", "ten", "--out", "plan.json" },
				{ "solve", "instance.json", "--steps", "10", "--threads", "0", "--out", "plan.json" },
				{ "solve", "instance.json", "--steps", "10", "--out" },
				{ "solve", "instance.json", "--steps", "10", "--out", "plan.json", "--colour", "red" },
				{ "solve", "instance.json", "--steps", "10", "--out", "plan.json", "--report", "plan.json" },
				{ "solve", "--steps", "10", "--out", "plan.json" }, { "score", "instance.json" },
				{ "score", "instance.json", "solution.json", "--steps", "10" } };
		for (String[] args : wrong) {
			err.reset();

			assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);

			assertThat(stderr()).as(String.join(" ", args))
				.startsWith("plumbline: ")
				.endsWith(SolveCommand.USAGE + "\n");
		}
		assertThat(dir.resolve("plan.json")).doesNotExist();
	}

	@Test
	void namesWhatIsWrongWithAnArgument() {
		assertThat(run("solve", "instance.json", "--steps", "ten", "--out", "plan.json")).isEqualTo(2);

		assertThat(stderr()).startsWith("plumbline: --steps must be a whole number, not \"ten\"\n");
	}

	@Test
	void theDocumentedExampleIsTheTestedInstanceSolutionAndReport() throws IOException {
		String documentation = Files.readString(Path.of("docs/scheduling-instance.md"));

		assertThat(documentation).contains(TinyInstance.text(TinyInstance.INSTANCE))
			.contains(TinyInstance.text(TinyInstance.SOLUTION))
			.contains(TINY_REPORT);
	}

	@Test
	void handlesOnlyItsOwnCommands() {
		assertThat(SolveCommand.handles("solve", "x.json")).isTrue();
		assertThat(SolveCommand.handles("score")).isTrue();
		assertThat(SolveCommand.handles("import", "x.json")).isFalse();
		assertThat(SolveCommand.handles()).isFalse();
	}

	private int run(String... args) {
		out.reset();
		return new SolveCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8))
			.run(args);
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(dir.resolve(name), content);
	}

	private String stdout() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String stderr() {
		return err.toString(StandardCharsets.UTF_8);
	}

}
