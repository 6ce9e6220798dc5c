package org.plumbline.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plumbline.PlumblineApplication;

/**
 * The {@code generate} command end to end, on an H2 file database in a temporary data
 * directory, the way {@code ./plumbline generate --preset lpc --seed 1} runs it.
 */
class GenerateCommandTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void clearOutput() {
		out.reset();
		err.reset();
	}

	@Test
	void generatesTheSampleEventOnceAndRefusesItsSlugASecondTime() {
		assertThat(run("generate", "--preset", "lpc", "--seed", "3", dataDir())).isZero();
		assertThat(stdout()).matches("Generated sample \\(Plumbers Sample Conference \\d{4}, \\d{4}-\\d\\d-\\d\\d to "
				+ "\\d{4}-\\d\\d-\\d\\d\\): 481 accounts, 18 MCs \\(18 accepted\\), \\d+ topics \\(\\d+ accepted\\), \\d+ reviews, 18 sessions with \\d+ talks released, \\d+ registrations, "
				+ "3 open offers, \\d+ talks with slides, 0 sessions recorded, 0 feedback\n");

		assertThat(run("generate", "--preset", "lpc", "--seed", "3", dataDir())).isEqualTo(1);
		assertThat(stderr()).isEqualTo("plumbline: nothing generated; an event \"sample\" exists already; "
				+ "choose another slug with --slug\n");

		assertThat(run("generate", "--preset", "lpc", "--slug", "sample_two", dataDir())).isZero();
		assertThat(stdout()).startsWith("Generated sample_two (");
	}

	@Test
	void namesThePresetsWhenAskedForAnUnknownOne() {
		assertThat(run("generate", "--preset", "huge", dataDir())).isEqualTo(1);

		assertThat(stderr()).startsWith("plumbline: nothing generated; no preset \"huge\"; the presets are ")
			.contains("lpc")
			.doesNotContain("\tat ");
	}

	@Test
	void answersWrongArgumentsWithTheUsageLineAndExitCodeTwo() {
		assertThat(run("generate")).isEqualTo(2);
		assertThat(run("generate", "--preset")).isEqualTo(2);
		assertThat(run("generate", "--preset", "lpc", "extra")).isEqualTo(2);
		assertThat(run("generate", "--preset", "lpc", "--slug")).isEqualTo(2);
		assertThat(stderr().lines().distinct().toList()).containsExactly(GenerateCommand.USAGE);

		assertThat(run("generate", "--preset", "lpc", "--seed", "many")).isEqualTo(2);
		assertThat(stderr()).startsWith("plumbline: --seed takes a whole number\n");
	}

	@Test
	void handlesOnlyItsOwnCommand() {
		assertThat(GenerateCommand.handles("generate", "--preset", "lpc")).isTrue();
		assertThat(GenerateCommand.handles("import", "x.json")).isFalse();
		assertThat(GenerateCommand.handles()).isFalse();
	}

	private int run(String... args) {
		out.reset();
		err.reset();
		return new GenerateCommand(PlumblineApplication.class, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8))
			.run(args);
	}

	private String dataDir() {
		return "--plumbline.data-dir=" + dir.resolve("data");
	}

	private String stdout() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String stderr() {
		return err.toString(StandardCharsets.UTF_8);
	}

}
