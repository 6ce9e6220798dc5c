package org.plumbline.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Debian's nginx as a round-robin load balancer in front of instances on one database,
 * with the committed configuration {@code bench/nginx-balancer.conf} written into a
 * directory of the run's own; installed with apt-get when missing, started here and
 * stopped by {@link #close()}. The packaged nginx that Debian starts on install is left
 * alone: this one listens on a port of its own.
 */
final class Nginx implements AutoCloseable {

	private static final Path TEMPLATE = Path.of("bench", "nginx-balancer.conf");

	private static final Path NGINX = Path.of("/usr/sbin/nginx");

	private static final Duration COMMAND_TIME_OUT = Duration.ofMinutes(5);

	private final Path configuration;

	private final Path pidFile;

	private Nginx(Path configuration, Path pidFile) {
		this.configuration = configuration;
		this.pidFile = pidFile;
	}

	/**
	 * Starts nginx on the port, balancing between the instances' ports, with its
	 * configuration, pid and error log under {@code directory}.
	 */
	static Nginx start(Path directory, int port, List<Integer> instancePorts) throws IOException, InterruptedException {
		if (!Files.isExecutable(NGINX)) {
			require(run("apt-get", "update"), "apt-get update");
			require(run("apt-get", "install", "-y", "nginx"), "apt-get install -y nginx");
		}
		Files.createDirectories(directory);
		// its workers run as nobody and keep their temporary files here
		Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
		String upstreams = instancePorts.stream()
			.map(each -> "server 127.0.0.1:" + each + ";")
			.collect(Collectors.joining("\n        "));
		Path configuration = directory.resolve("nginx.conf");
		Files.writeString(configuration,
				Files.readString(TEMPLATE)
					.replace("__PORT__", Integer.toString(port))
					.replace("__RUN__", directory.toString())
					.replace("__UPSTREAMS__", upstreams));
		require(run(NGINX.toString(), "-c", configuration.toString()), "nginx -c " + configuration);
		return new Nginx(configuration, directory.resolve("nginx.pid"));
	}

	@Override
	public void close() {
		try {
			if (Files.exists(pidFile)) {
				run(NGINX.toString(), "-c", configuration.toString(), "-s", "stop");
			}
		}
		catch (IOException | InterruptedException ex) {
			System.err.println("load: stopping nginx failed: " + ex.getMessage());
		}
	}

	private static void require(int exitValue, String command) {
		if (exitValue != 0) {
			throw new IllegalStateException(command + " failed with " + exitValue);
		}
	}

	private static int run(String... command) throws IOException, InterruptedException {
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
