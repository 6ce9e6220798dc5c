package org.plumbline.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged jar ({@code target/plumbline-*.jar}) run as its own process on the private
 * cluster, with its log in a file; it can be killed with SIGKILL ({@code kill -9}) and
 * started again on the same database. Several may run side by side on one database, each
 * with its own name for its logs.
 */
final class Application implements AutoCloseable {

	private static final Duration START_TIME_OUT = Duration.ofMinutes(4);

	/** A command (the data generator) that runs longer than this has hung. */
	private static final Duration COMMAND_TIME_OUT = Duration.ofMinutes(15);

	private final Path jar;

	private final List<String> settings;

	private final int port;

	private final Path logs;

	private final String name;

	private Process process;

	private int starts;

	Application(Path jar, int port, List<String> settings, Path logs) {
		this(jar, port, settings, logs, "server");
	}

	Application(Path jar, int port, List<String> settings, Path logs, String name) {
		this.jar = jar;
		this.port = port;
		this.settings = List.copyOf(settings);
		this.logs = logs;
		this.name = name;
	}

	int port() {
		return port;
	}

	/** The one application jar the build packaged. */
	static Path packagedJar(Path target) throws IOException {
		try (Stream<Path> files = Files.list(target)) {
			List<Path> jars = files.filter(path -> path.getFileName().toString().matches("plumbline-.*\\.jar"))
				.toList();
			if (jars.size() != 1) {
				throw new IllegalStateException("expected one target/plumbline-*.jar, found " + jars
						+ ": run the load profile through Maven's package phase");
			}
			return jars.get(0);
		}
	}

	/**
	 * Runs one of the jar's commands to its end (the data generator, say), its output in
	 * a log of its own.
	 * @throws IllegalStateException if it fails, or is still running after
	 * {@link #COMMAND_TIME_OUT} (it is then killed)
	 */
	void command(String... arguments) throws IOException, InterruptedException {
		List<String> command = javaCommand();
		command.addAll(List.of("-jar", jar.toString()));
		command.addAll(List.of(arguments));
		command.addAll(settings);
		Path log = Files.createTempFile(logs, arguments[0] + "-", ".log");
		Process run = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!run.waitFor(COMMAND_TIME_OUT.toMillis(), TimeUnit.MILLISECONDS)) {
			run.destroyForcibly().waitFor();
			throw new IllegalStateException(String.join(" ", arguments) + " did not end within " + COMMAND_TIME_OUT
					+ " and was killed; see " + log);
		}
		if (run.exitValue() != 0) {
			throw new IllegalStateException(
					String.join(" ", arguments) + " failed with " + run.exitValue() + "; see " + log);
		}
	}

	/**
	 * Starts the server and waits until its liveness probe answers: not the whole health
	 * check, whose database check waits for a pooled connection that a flood of retries
	 * after a restart may hold for minutes.
	 * @return how long it took to answer
	 */
	Duration start() throws IOException, InterruptedException {
		long began = System.nanoTime();
		List<String> command = javaCommand();
		command.add("-Xmx1g");
		command.addAll(List.of("-jar", jar.toString()));
		command.addAll(settings);
		command.add("--server.port=" + port);
		starts++;
		Path log = logs.resolve(name + "-" + starts + ".log");
		process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest health = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/liveness"))
			.timeout(Duration.ofSeconds(5))
			.build();
		while (System.nanoTime() - began < START_TIME_OUT.toNanos()) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the application exited with " + process.exitValue() + "; see " + log);
			}
			try {
				if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return Duration.ofNanos(System.nanoTime() - began);
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("the application did not answer within " + START_TIME_OUT + "; see " + log);
	}

	/** Kills the server with SIGKILL, as {@code kill -9} does, and waits for its end. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
	}

	@Override
	public void close() {
		if (process != null && process.isAlive()) {
			process.destroyForcibly();
		}
	}

	private static List<String> javaCommand() {
		String java = ProcessHandle.current().info().command().orElse("java");
		return new ArrayList<>(List.of(java));
	}

}
