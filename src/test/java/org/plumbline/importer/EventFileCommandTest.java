package org.plumbline.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plumbline.PlumblineApplication;
import org.plumbline.schedule.instance.TinyInstance;
import org.springframework.util.FileSystemUtils;

/**
 * The {@code import} and {@code export} commands end to end, on an H2 file database in a
 * temporary data directory, the way
 * {@code ./plumbline import FILE --plumbline.data-dir=DIR} runs them.
 */
class EventFileCommandTest {

	private static final String EVENT_ID = "SELECT id FROM event WHERE slug = 'lpc2023'";

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
	void importsExportsAndReimportsAnEventThroughTheCommandLine() throws IOException {
		Path demo = write("lpc2023.json", TestFiles.bytes(TestFiles.DEMO));
		Path exported = dir.resolve("exported.json");

		assertThat(run("import", demo.toString(), dataDir())).isZero();
		assertThat(stdout()).matches("Imported lpc2023: 18 microconferences, 3 rooms, 6 time blocks, \\d+ people, "
				+ "3 ticket types, timetable version 1 with 18 sessions\n");

		assertThat(run("import", demo.toString(), dataDir())).isEqualTo(1);
		assertThat(stderr()).contains("/event/slug (line 5, column 13): event \"lpc2023\" exists; "
				+ "import with --replace to overwrite it\n");

		assertThat(run("export", "lpc2023", exported.toString(), dataDir())).isZero();
		assertThat(stdout()).isEqualTo("Exported lpc2023 to " + exported + "\n");
		assertThat(Files.readString(exported)).startsWith("{\n  \"format\": \"plumbline-event\",");
		assertThat(Files.list(dir)).as("no partial file left behind")
			.noneMatch(path -> path.toString().endsWith(".partial"));

		assertThat(run("import", exported.toString(), "--replace", dataDir())).isZero();
		assertThat(stdout()).startsWith("Imported lpc2023: 18 microconferences");
	}

	@Test
	void exportCarriesTheSolverRunsAndReplacingTheEventBringsThemBack() throws IOException, SQLException {
		Path demo = write("lpc2023.json", TestFiles.bytes(TestFiles.DEMO));
		Path exported = dir.resolve("exported.json");
		assertThat(run("import", demo.toString(), dataDir())).isZero();
		String instance = TinyInstance.text(TinyInstance.INSTANCE)
			.replace("\"attendees\": [\"erin\"]", "\"attendees\": [\"visitor-" + "ab".repeat(32) + "\"]");
		List<String> names = List.of("alice", "bob", "carol", "dave", "erin");
		for (int i = 0; i < names.size(); i++) {
			instance = instance.replace("\"" + names.get(i) + "\"", "\"person-" + lead(i) + "\"");
		}
		execute("""
				INSERT INTO scheduling_run (event_id, state, seed, seconds, threads, draft_version, instance_json,
				                            stop_requested, requested_at, finished_at)
				SELECT id, 'STOPPED', 1, 10, 1, 1, '%s', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
				FROM event WHERE slug = 'lpc2023'""".formatted(instance));
		long eventId = count(EVENT_ID);

		assertThat(run("export", "lpc2023", exported.toString(), dataDir())).isZero();
		assertThat(stdout()).isEqualTo("Exported lpc2023 to " + exported + "\n");
		assertThat(stderr()).as("nothing left out").isEmpty();
		assertThat(Files.readString(exported)).contains("\"solverRuns\": [")
			.doesNotContain("\"person-" + lead(0) + "\"");

		assertThat(run("import", exported.toString(), "--replace", dataDir())).isZero();
		assertThat(stdout()).startsWith("Imported lpc2023: 18 microconferences");
		assertThat(count(EVENT_ID)).isNotEqualTo(eventId);
		assertThat(count("SELECT COUNT(*) FROM scheduling_run r JOIN event e ON e.id = r.event_id "
				+ "WHERE e.slug = 'lpc2023' AND r.state = 'STOPPED'"))
			.isOne();
	}

	@Test
	void printsEachProblemOfABadFileOnItsOwnLineWithoutAStackTrace() throws IOException {
		Path bad = write("several-problems.json", TestFiles.bad("several-problems"));

		assertThat(run("import", bad.toString(), dataDir())).isEqualTo(1);

		assertThat(stdout()).isEmpty();
		assertThat(stderr().lines().toList()).containsExactly(
				"plumbline: nothing imported; " + bad + " has 3 problems:",
				"/event/timeZone (line 9, column 17): unknown time zone \"Mars/Olympus\"",
				"/sponsors/0/tier (line 21, column 31): unknown sponsor tier \"Bronze\"; the tiers are Gold, Silver",
				"/microconferences/1/slug (line 31, column 15): duplicate microconference slug \"iommu\"; "
						+ "first at line 25");
	}

	@Test
	void refusesAnInstantTheCalendarLacksInOneLineWithoutAStackTrace() throws IOException {
		String file = TestFiles.text(TestFiles.importer("topics-and-timetables.json"))
			.replace("\"submittedAt\": \"2024-02-01T10:00:00Z\"", "\"submittedAt\": \"2024-02-30T10:00:00Z\"");
		Path bad = write("not-an-instant.json", file.getBytes(StandardCharsets.UTF_8));

		assertThat(run("import", bad.toString(), dataDir())).isEqualTo(1);

		assertThat(stderr().lines().toList()).containsExactly("plumbline: nothing imported; " + bad + " has 1 problem:",
				"/topics/0/submittedAt (line 44, column 79): \"2024-02-30T10:00:00Z\" is not an instant of the calendar");
	}

	/**
	 * H2 refuses a database path that is relative without a leading "./"; the setting is
	 * resolved against the working directory before H2 sees it.
	 */
	@Test
	void importsIntoADataDirectoryWrittenRelativeToTheWorkingDirectory() throws IOException {
		Path relative = Path.of("target", "relative-data-dir-" + dir.getFileName(), "data");
		Path file = write("small-event.json", TestFiles.importer("small-event.json"));
		try {
			assertThat(run("import", file.toString(), "--plumbline.data-dir=" + relative)).isZero();

			assertThat(stderr()).isEmpty();
			assertThat(relative.resolve("plumbline.mv.db")).isRegularFile();
		}
		finally {
			FileSystemUtils.deleteRecursively(relative.getParent());
		}
	}

	@Test
	void reportsMalformedJsonWithLineAndColumn() throws IOException {
		Path bad = write("malformed.json", TestFiles.bad("malformed-json"));

		assertThat(run("import", bad.toString(), dataDir())).isEqualTo(1);

		assertThat(stderr()).contains("line 12, column 24: malformed JSON: Unexpected character")
			.doesNotContain("Exception")
			.doesNotContain("\tat ");
	}

	@Test
	void reportsAMissingFileInOneLine() {
		Path missing = dir.resolve("missing.json");

		assertThat(run("import", missing.toString(), dataDir())).isEqualTo(1);

		assertThat(stderr()).isEqualTo("plumbline: cannot read " + missing + ": no such file or directory\n");
	}

	@Test
	void reportsAnUnknownEventOnExport() {
		assertThat(run("export", "nosuchevent", dir.resolve("out.json").toString(), dataDir())).isEqualTo(1);

		assertThat(stderr()).isEqualTo("plumbline: nothing exported; there is no event \"nosuchevent\"\n");
		assertThat(dir.resolve("out.json")).doesNotExist();
	}

	@Test
	void answersWrongArgumentsWithTheUsageLineAndExitCodeTwo() {
		assertThat(run("import")).isEqualTo(2);
		assertThat(run("import", "a.json", "b.json")).isEqualTo(2);
		assertThat(run("export", "lpc2023")).isEqualTo(2);
		assertThat(run("export", "lpc2023", "out.json", "--replace")).isEqualTo(2);

		assertThat(stderr().lines().distinct().toList()).containsExactly(EventFileCommand.USAGE);
	}

	@Test
	void handlesOnlyItsOwnCommands() {
		assertThat(EventFileCommand.handles("import", "x.json")).isTrue();
		assertThat(EventFileCommand.handles("export", "lpc2023", "x.json")).isTrue();
		assertThat(EventFileCommand.handles("--server.port=9090")).isFalse();
		assertThat(EventFileCommand.handles()).isFalse();
	}

	private int run(String... args) {
		out.reset();
		err.reset();
		return new EventFileCommand(PlumblineApplication.class, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8))
			.run(args);
	}

	/**
	 * Writes to the commands' H2 database between two commands, as another tool would.
	 */
	private void execute(String... statements) throws SQLException {
		try (Connection connection = DriverManager.getConnection(databaseUrl(), "sa", "");
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.executeUpdate(sql);
			}
		}
	}

	/** The id of one of the demo's MC leads, the {@code n}th by id. */
	private long lead(int n) throws SQLException {
		return count("""
				SELECT DISTINCT l.person_id FROM mc_lead l JOIN microconference m ON m.id = l.microconference_id
				JOIN event e ON e.id = m.event_id WHERE e.slug = 'lpc2023'
				ORDER BY l.person_id OFFSET %d ROWS FETCH FIRST 1 ROWS ONLY""".formatted(n));
	}

	private long count(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(databaseUrl(), "sa", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private String databaseUrl() {
		return "jdbc:h2:file:" + dir.resolve("data").resolve("plumbline") + ";AUTO_SERVER=TRUE";
	}

	private String dataDir() {
		return "--plumbline.data-dir=" + dir.resolve("data");
	}

	private Path write(String name, byte[] bytes) throws IOException {
		return Files.write(dir.resolve(name), bytes);
	}

	private String stdout() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String stderr() {
		return err.toString(StandardCharsets.UTF_8);
	}

}
