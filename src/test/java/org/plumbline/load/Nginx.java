package org.plumbline.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
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
		DebianPackages.ensure(NGINX, "nginx");
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
		DebianPackages.require(DebianPackages.run(NGINX.toString(), "-c", configuration.toString()),
				"nginx -c " + configuration);
		return new Nginx(configuration, directory.resolve("nginx.pid"));
	}

	@Override
	public void close() {
		try {
			if (Files.exists(pidFile)) {
				DebianPackages.run(NGINX.toString(), "-c", configuration.toString(), "-s", "stop");
			}
		}
		catch (IOException | InterruptedException ex) {
			System.err.println("load: stopping nginx failed: " + ex.getMessage());
		}
	}

}
