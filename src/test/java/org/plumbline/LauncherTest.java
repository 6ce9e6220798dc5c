package org.plumbline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./plumbline} launcher, run from a copy beside a stand-in jar with stand-in
 * JDKs whose {@code java} writes down how it was called: which JDK it picks, and the
 * start cache it makes on the first server start of a jar and uses after.
 */
class LauncherTest {

	/** The collector the launcher chooses when the user's flags choose none. */
	private static final String SERIAL = "-XX:+UseSerialGC ";

	/**
	 * A {@code java} that notes its arguments, answers {@code -version}, unpacks nothing
	 * but an empty jar, and writes a cache file where a training run is told to.
	 */
	private static final String FAKE_JAVA = """
			#!/bin/bash
			printf '%s ' "$@" >> "$FAKE_JAVA_LOG"; echo >> "$FAKE_JAVA_LOG"
			echo "$0" >> "$FAKE_JAVA_LOG.which"
			echo "$PWD" >> "$FAKE_JAVA_LOG.pwd"
			for name in $(compgen -e); do
			  [[ "$name" == SPRING_* || "$name" == PLUMBLINE_* || "$name" == JAVA_TOOL_OPTIONS ]] \
			    && printf '%s ' "$name" >> "$FAKE_JAVA_LOG.settings"
			done
			echo >> "$FAKE_JAVA_LOG.settings"
			[[ "$1" == -version ]] && { echo 'openjdk version "VERSION" 2025-01-01' >&2; exit 0; }
			if [[ "$1" == -Djarmode=tools ]]; then mkdir -p "$6"; touch "$6/$(basename "$3")"; exit 0; fi
			for arg in "$@"; do
			  case "$arg" in
			    -XX:AOTCacheOutput=*|-XX:ArchiveClassesAtExit=*)
			      [[ -n "${FAKE_JAVA_TRAINING_FAILS:-}" ]] && { echo "training failed" >&2; exit 1; }
			      echo cache > "${arg#*=}";;
			  esac
			done
			""";

	@TempDir
	Path dir;

	private Path home;

	private Path jar;

	private Path log;

	private Path cache;

	private final Map<String, String> environment = new HashMap<>();

	@BeforeEach
	void install() throws IOException {
		home = Files.createDirectories(dir.resolve("plumbline"));
		Files.copy(Path.of("plumbline"), home.resolve("plumbline"));
		Files.setPosixFilePermissions(home.resolve("plumbline"), PosixFilePermissions.fromString("rwxr-xr-x"));
		jar = Files.createDirectories(home.resolve("target")).resolve("plumbline-1.0.jar");
		Files.writeString(jar, "the application");
		log = dir.resolve("java.log");
		cache = home.resolve("target/start-cache");
		environment.put("FAKE_JAVA_LOG", log.toString());
		environment.put("PATH", toolsWithoutJava().toString());
		environment.put("PLUMBLINE_JDK_SEARCH_PATH", dir.resolve("jdks").toString());
	}

	@Test
	void firstServerStartUnpacksTheJarTrainsAnAotCacheOnAThrowAwayDatabaseAndStartsFromIt() throws Exception {
		environment.put("JAVA_HOME", jdk("temurin-25", "25.0.3", true).toString());

		Result first = launch("--server.port=9090");

		assertThat(first.exitCode()).isZero();
		assertThat(first.calls()).hasSize(3);
		Path made = onlyCacheDirectory();
		assertThat(first.calls().get(0))
			.startsWith("-Djarmode=tools -jar " + jar + " extract --destination " + made + ".");
		assertThat(first.calls().get(1))
			.contains(SERIAL + "-XX:AOTCacheOutput=", "-Dspring.context.exit=onRefresh", "--server.port=0",
					"--spring.datasource.url=jdbc:h2:file:")
			.doesNotContain("--server.port=9090");
		assertThat(first.calls().get(2)).isEqualTo(SERIAL + "-XX:AOTCache=" + made.resolve("app.aot") + " -jar "
				+ made.resolve("app/plumbline-1.0.jar") + " --server.port=9090");
		assertThat(first.stderr()).contains("making its start cache", "start cache made");
		assertThat(made.resolve("training")).doesNotExist();

		Result restart = launch("--server.port=9090");

		assertThat(restart.calls()).containsExactly(first.calls().get(2));
		assertThat(restart.stderr()).isEmpty();
	}

	@Test
	void aRebuiltJarGetsACacheOfItsOwnAndTheOldOneIsRemovedButNothingElseInTheDirectory() throws Exception {
		environment.put("JAVA_HOME", jdk("temurin-25", "25.0.3", true).toString());
		launch();
		Path old = onlyCacheDirectory();
		Path othersFile = Files.writeString(cache.resolve("notes.txt"), "someone else's");
		Path othersDirectory = Files.createDirectories(cache.resolve("2024"));
		Files.writeString(jar, "the application, rebuilt");
		Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));

		Result afterBuild = launch();

		assertThat(afterBuild.calls()).hasSize(3);
		assertThat(old).doesNotExist();
		assertThat(onlyCacheDirectory()).isNotEqualTo(old);
		assertThat(othersFile).hasContent("someone else's");
		assertThat(othersDirectory).isDirectory();
	}

	@Test
	void aCommandNeverTrainsButRunsFromACacheThatExists() throws Exception {
		environment.put("JAVA_HOME", jdk("temurin-25", "25.0.3", true).toString());

		Result command = launch("import", "event.json");

		assertThat(command.calls()).containsExactly(SERIAL + "-jar " + jar + " import event.json");
		try (Stream<Path> made = Files.list(cache)) {
			assertThat(made).isEmpty();
		}

		launch();
		Result afterServerStart = launch("import", "event.json");

		assertThat(afterServerStart.calls()).singleElement()
			.asString()
			.startsWith(SERIAL + "-XX:AOTCache=")
			.endsWith("app/plumbline-1.0.jar import event.json");
	}

	@Test
	void aFailedTrainingStartsFromTheJarKeepsItsLogAndIsNotRetriedOnEveryStart() throws Exception {
		environment.put("JAVA_HOME", jdk("temurin-25", "25.0.3", true).toString());
		environment.put("FAKE_JAVA_TRAINING_FAILS", "yes");

		Result first = launch();

		assertThat(first.exitCode()).isZero();
		assertThat(first.calls()).hasSize(3).last().isEqualTo(SERIAL + "-jar " + jar);
		Path failed = onlyCacheDirectory();
		assertThat(failed.getFileName().toString()).endsWith(".failed");
		assertThat(failed.resolve("training.log")).content().contains("training failed");
		assertThat(first.stderr()).contains("could not be made (see " + failed.resolve("training.log"));

		Result restart = launch();

		assertThat(restart.calls()).containsExactly(SERIAL + "-jar " + jar);
	}

	@Test
	void eachServerStartAfterAFailedTrainingSaysItStartsWithoutTheCacheAndHowToTryAgain() throws Exception {
		environment.put("JAVA_HOME", jdk("temurin-25", "25.0.3", true).toString());
		environment.put("FAKE_JAVA_TRAINING_FAILS", "yes");
		launch();
		Path failed = onlyCacheDirectory();

		Result restart = launch();

		assertThat(restart.stderr()).contains("starting without the start cache",
				failed.resolve("training.log").toString(), "remove " + failed);
		assertThat(launch("export", "lpc2023", "lpc.json").stderr()).as("a command says nothing of it").isEmpty();
	}

	@Test
	void theTrainingRunNeverSeesTheUsersSettingsNorTheirConfigDirectory() throws Exception {
		environment.put("JAVA_HOME", jdk("temurin-25", "25.0.3", true).toString());
		environment.put("SPRING_DATASOURCE_URL", "jdbc:postgresql://production/plumbline");
		environment.put("SPRING_FLYWAY_URL", "jdbc:postgresql://production/plumbline");
		environment.put("PLUMBLINE_PUBLIC_URL", "https://plumbers.example.org");
		environment.put("JAVA_TOOL_OPTIONS", "-Dspring.mail.host=mail.example.org");

		Result first = launch();

		assertThat(first.calls()).hasSize(3);
		List<String> settings = Files.readAllLines(dir.resolve("java.log.settings"));
		assertThat(settings.get(1)).as("the training run's").doesNotContain("SPRING_", "PLUMBLINE_", "JAVA_TOOL");
		assertThat(settings.get(2)).as("the server's")
			.contains("SPRING_DATASOURCE_URL", "SPRING_FLYWAY_URL", "PLUMBLINE_PUBLIC_URL", "JAVA_TOOL_OPTIONS");
		List<String> directories = Files.readAllLines(dir.resolve("java.log.pwd"));
		assertThat(directories.get(1)).as("the training run's").startsWith(cache.toString());
		assertThat(directories.get(2)).as("the server's").isEqualTo(dir.toString());
	}

	@Test
	void aStartCacheDirectoryGivenRelativeToWhereTheLauncherRunsIsTrainedAndUsed() throws Exception {
		environment.put("JAVA_HOME", jdk("temurin-25", "25.0.3", true).toString());
		environment.put("PLUMBLINE_START_CACHE", "my-cache");

		Result first = launch();

		assertThat(first.calls()).hasSize(3);
		assertThat(first.calls().get(1)).contains("-XX:AOTCacheOutput=" + dir.resolve("my-cache"));
		assertThat(first.calls().get(2)).startsWith(SERIAL + "-XX:AOTCache=" + dir.resolve("my-cache"));
		assertThat(launch().calls()).singleElement()
			.asString()
			.startsWith(SERIAL + "-XX:AOTCache=" + dir.resolve("my-cache"));
	}

	@Test
	void beforeJdk25TheCacheIsAClassDataSharingArchive() throws Exception {
		environment.put("JAVA_HOME", jdk("temurin-21", "21.0.9", true).toString());

		Result first = launch();

		assertThat(first.calls().get(1)).contains("-XX:ArchiveClassesAtExit=").doesNotContain("AOT");
		assertThat(first.calls().get(2))
			.startsWith(SERIAL + "-XX:SharedArchiveFile=" + onlyCacheDirectory().resolve("app.jsa") + " -jar ");
	}

	@Test
	void startCacheOffStartsFromTheJarAndWritesNothing() throws Exception {
		environment.put("JAVA_HOME", jdk("temurin-25", "25.0.3", true).toString());
		environment.put("PLUMBLINE_START_CACHE", "off");

		Result start = launch("--server.port=9090");

		assertThat(start.calls()).containsExactly(SERIAL + "-jar " + jar + " --server.port=9090");
		assertThat(cache).doesNotExist();
	}

	@Test
	void javaOptionsOfTheUserReachTheTrainingRunAndTheServer() throws Exception {
		environment.put("JAVA_HOME", jdk("temurin-25", "25.0.3", true).toString());
		environment.put("PLUMBLINE_JAVA_OPTS", "-Xmx200m -Dfile.encoding=UTF-8");

		Result first = launch();

		assertThat(first.calls().get(1)).contains("-Xmx200m -Dfile.encoding=UTF-8 -XX:AOTCacheOutput=");
		assertThat(first.calls().get(2)).contains("-Xmx200m -Dfile.encoding=UTF-8 -XX:AOTCache=");
	}

	@Test
	void aCollectorChosenByTheUserReplacesTheSerialDefault() throws Exception {
		environment.put("JAVA_HOME", jdk("temurin-25", "25.0.3", true).toString());
		environment.put("PLUMBLINE_JAVA_OPTS", "-Xmx2g -XX:+UseG1GC");

		Result first = launch();

		assertThat(first.calls().get(1)).contains("-Xmx2g -XX:+UseG1GC -XX:AOTCacheOutput=").doesNotContain("Serial");
		assertThat(first.calls().get(2)).startsWith("-Xmx2g -XX:+UseG1GC -XX:AOTCache=");

		environment.remove("PLUMBLINE_JAVA_OPTS");
		environment.put("JAVA_TOOL_OPTIONS", "-XX:+UseZGC");

		assertThat(launch("import", "event.json").calls()).singleElement()
			.asString()
			.as("two collectors would stop the JVM")
			.doesNotContain("Serial");
	}

	@Test
	void withoutJavaHomeTheNewestJdkFrom21OnIsFoundEvenWithoutItsReleaseFile() throws Exception {
		jdk("jdk-17", "17.0.12", true);
		jdk("jdk-21", "21.0.9", true);
		Path newest = jdk("jdk-25", "25.0.3", false);

		Result start = launch();

		assertThat(start.exitCode()).isZero();
		assertThat(start.calls()).contains("-version").last().asString().startsWith(SERIAL + "-XX:AOTCache=");
		assertThat(Files.readAllLines(dir.resolve("java.log.which"))).last()
			.isEqualTo(newest.resolve("bin/java").toString());
	}

	@Test
	void withoutAnyJdkFrom21OnItSaysWhereItLookedAndStartsNothing() throws Exception {
		jdk("jdk-17", "17.0.12", true);

		Result start = launch();

		assertThat(start.exitCode()).isEqualTo(1);
		assertThat(start.stderr()).contains("a JDK 21 or newer is needed", dir.resolve("jdks").toString());
		assertThat(start.calls()).isEmpty();
	}

	/**
	 * A JDK home whose java is the stand-in, with or without the release file that names
	 * its version.
	 */
	private Path jdk(String name, String version, boolean withRelease) throws IOException {
		Path jdkHome = Files.createDirectories(dir.resolve("jdks").resolve(name).resolve("bin")).getParent();
		Path java = jdkHome.resolve("bin/java");
		Files.writeString(java, FAKE_JAVA.replace("VERSION", version));
		Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
		if (withRelease) {
			Files.writeString(jdkHome.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
		}
		return jdkHome;
	}

	/**
	 * The tools the launcher uses, without the machine's own java (wrappers, not links,
	 * which the temporary directory's clean-up would warn of).
	 */
	private Path toolsWithoutJava() throws IOException {
		Path bin = Files.createDirectories(dir.resolve("bin"));
		for (String tool : List.of("bash", "dirname", "basename", "readlink", "sed", "head", "stat", "cksum", "cut",
				"find", "mkdir", "mv", "rm", "touch", "timeout", "env")) {
			Path wrapper = bin.resolve(tool);
			Files.writeString(wrapper, "#!/bin/sh\nexec /usr/bin/" + tool + " \"$@\"\n");
			Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
		return bin;
	}

	private Path onlyCacheDirectory() throws IOException {
		try (Stream<Path> made = Files.list(cache)) {
			List<Path> directories = made.filter(path -> path.getFileName().toString().startsWith("plumbline-start-"))
				.toList();
			assertThat(directories).hasSize(1);
			return directories.getFirst();
		}
	}

	private Result launch(String... args) throws IOException, InterruptedException {
		Files.deleteIfExists(log);
		for (String kept : List.of("which", "pwd", "settings")) {
			Files.deleteIfExists(dir.resolve("java.log." + kept));
		}
		List<String> command = new ArrayList<>(List.of(home.resolve("plumbline").toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
		builder.environment().clear();
		builder.environment().putAll(environment);
		Process process = builder.start();
		process.getOutputStream().close();
		String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		int exitCode = process.waitFor();
		List<String> calls = Files.exists(log) ? Files.readAllLines(log).stream().map(String::stripTrailing).toList()
				: List.of();
		return new Result(exitCode, calls, stderr);
	}

	private record Result(int exitCode, List<String> calls, String stderr) {
	}

}
