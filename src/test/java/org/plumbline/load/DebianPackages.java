package org.plumbline.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * What the load harness runs of Debian's (nginx, PostgreSQL's {@code initdb} and
 * {@code pg_ctl}), installed with apt-get when missing, as {@code .ci/run} installs
 * Chromium: a fresh machine of this kind lacks nginx, and may lack the server. As root.
 */
final class DebianPackages {

	private static final Duration COMMAND_TIME_OUT = Duration.ofMinutes(5);

	private DebianPackages() {
	}

	/**
	 * Installs the package unless the executable it brings is there.
	 * @throws IllegalStateException if apt-get fails, or the package brings no such
	 * executable
	 */
	static void ensure(Path executable, String debianPackage) throws IOException, InterruptedException {
		if (Files.isExecutable(executable)) {
			return;
		}
		System.out.println("load: " + executable + " is missing; installing " + debianPackage);
		require(run("apt-get", "update"), "apt-get update");
		require(run("apt-get", "install", "-y", debianPackage), "apt-get install -y " + debianPackage);
		if (!Files.isExecutable(executable)) {
			throw new IllegalStateException(debianPackage + " is installed, but " + executable + " is still missing");
		}
	}

	static void require(int exitValue, String command) {
		if (exitValue != 0) {
			throw new IllegalStateException(command + " failed with " + exitValue);
		}
	}

	/** Runs a command with its output on the harness's, and answers its exit value. */
	static int run(String... command) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).inheritIO()
			.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
		builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
		Process process = builder.start();
		if (!process.waitFor(COMMAND_TIME_OUT.toMillis(), TimeUnit.MILLISECONDS)) {
			process.destroyForcibly().waitFor();
			throw new IllegalStateException(String.join(" ", command) + " did not end within " + COMMAND_TIME_OUT);
		}
		return process.exitValue();
	}

}
