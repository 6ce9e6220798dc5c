package org.plumbline.importer;

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
import org.plumbline.PlumblineApplication;

/**
 * The {@code import-schedule} command end to end, on an H2 file database in a temporary
 * data directory, the way {@code ./plumbline import-schedule FILE --slug S} runs it.
 */
class ScheduleImportCommandTest {

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
	void importsAScheduleAndPrintsTheReportThenRefusesTheSameSlugAgain() throws IOException {
		Path file = write("invalid-example.json",
				TestFiles.bytes(ScheduleImportTest.EXAMPLES + "invalid-example.json"));

		assertThat(run("import-schedule", file.toString(), "--slug", "winterchaos", dataDir())).isZero();
		assertThat(stdout().lines().toList()).hasSize(5)
			.first()
			.isEqualTo("Imported winterchaos from invalid-example.json (c3voc schedule JSON): 3 days, 1 room, 1 track, "
					+ "1 talk, 1 person (1 new, 0 matched), 0 links, 0 recordings; 1 talk placed, timetable version 1 "
					+ "released");
		assertThat(stdout()).contains("warning: /schedule/rooms (line 59, column 16): is not allowed here\n");

		assertThat(run("import-schedule", file.toString(), "--slug=winterchaos", dataDir())).isEqualTo(1);
		assertThat(stderr())
			.isEqualTo("plumbline: nothing imported; an event \"winterchaos\" exists already; choose another slug\n");
	}

	@Test
	void anUnreadableFileImportsNothingAndSaysWhereWithoutAStackTrace() throws IOException {
		Path file = write("broken.xml", "<schedule><conference></schedule>".getBytes(StandardCharsets.UTF_8));

		assertThat(run("import-schedule", file.toString(), "--slug", "broken", dataDir())).isEqualTo(1);

		assertThat(stdout()).isEmpty();
		assertThat(stderr().lines().toList()).hasSize(2)
			.first()
			.isEqualTo("plumbline: nothing imported; " + file + " cannot be read:");
		assertThat(stderr()).contains("malformed XML").doesNotContain("\tat ");
	}

	@Test
	void aTimeZoneThatDoesNotExistImportsNothingAndNamesIt() throws IOException {
		byte[] example = TestFiles.bytes(ScheduleImportTest.EXAMPLES + "invalid-example.json");
		Path onMars = write("mars.json",
				new String(example, StandardCharsets.UTF_8).replace("\"Europe/Zurich\"", "\"Mars/Olympus\"")
					.getBytes(StandardCharsets.UTF_8));
		Path onEarth = write("earth.json", example);

		assertThat(run("import-schedule", onMars.toString(), "--slug", "olympus", dataDir())).isEqualTo(1);
		String refusal = stderr();
		assertThat(run("import-schedule", onEarth.toString(), "--slug", "olympus", dataDir())).as("the slug is free")
			.isZero();

		assertThat(refusal.lines().toList()).containsExactly(
				"plumbline: nothing imported; " + onMars + " cannot be read:",
				"/schedule/conference/time_zone_name (line 13, column 27): unknown time zone \"Mars/Olympus\"; "
						+ "name one of the IANA database, such as Europe/Berlin");
		assertThat(stdout()).startsWith("Imported olympus from earth.json");
	}

	@Test
	void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
		Path file = write("huge.json", new byte[(int) ScheduleImports.MAX_FILE_BYTES + 1]);

		assertThat(run("import-schedule", file.toString(), "--slug", "huge", dataDir())).isEqualTo(1);

		assertThat(stdout()).isEmpty();
		assertThat(stderr())
			.isEqualTo("plumbline: nothing imported; " + file + " has 5.0 MB; a schedule file may have at most 5 MB\n");
	}

	@Test
	void answersWrongArgumentsWithTheUsageLineAndExitCodeTwo() {
		assertThat(run("import-schedule")).isEqualTo(2);
		assertThat(run("import-schedule", "a.json")).isEqualTo(2);
		assertThat(run("import-schedule", "a.json", "b.json", "--slug", "abcd")).isEqualTo(2);
		assertThat(run("import-schedule", "a.json", "--slug")).isEqualTo(2);

		assertThat(stderr().lines().distinct().toList()).containsExactly(ScheduleImportCommand.USAGE);
		assertThat(ScheduleImportCommand.handles("import-schedule", "a.json")).isTrue();
		assertThat(ScheduleImportCommand.handles("import", "a.json")).isFalse();
	}

	private int run(String... args) {
		out.reset();
		err.reset();
		return new ScheduleImportCommand(PlumblineApplication.class, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8))
			.run(args);
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
