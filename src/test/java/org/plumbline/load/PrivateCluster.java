package org.plumbline.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the load test's own, made with Debian's {@code initdb} and run
 * with {@code pg_ctl} as the {@code postgres} user on a port of its own, never the
 * machine's shared server; {@link #close()} stops it and removes its directory.
 */
final class PrivateCluster implements AutoCloseable {

	private static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");

	private final Path directory;

	private final Path data;

	private final int port;

	private boolean started;

	private PrivateCluster(Path directory, int port) {
		this.directory = directory;
		this.data = directory.resolve("data");
		this.port = port;
	}

	/**
	 * Creates and starts a cluster on the port, in a new directory under {@code /tmp}
	 * that the postgres user may enter.
	 */
	static PrivateCluster start(int port) throws IOException, InterruptedException {
		DebianPackages.ensure(BIN.resolve("initdb"), "postgresql-15");
		Path directory = Files.createTempDirectory(Path.of("/tmp"), "plumbline-load-pg-");
		Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
		PrivateCluster cluster = new PrivateCluster(directory, port);
		try {
			run("chown", "postgres:postgres", directory.toString());
			asPostgres(BIN.resolve("initdb").toString(), "-D", cluster.data.toString(), "-U", "postgres", "-A", "trust",
					"-E", "UTF8", "--locale=C.UTF-8");
			cluster.started = true;
			cluster.startServer();
			return cluster;
		}
		catch (IOException | InterruptedException | RuntimeException ex) {
			cluster.close();
			throw ex;
		}
	}

	/**
	 * Stops the server as an administrator's {@code pg_ctl stop -m fast} does: open
	 * connections are ended, open transactions rolled back, new connections refused;
	 * returns once it is down.
	 */
	void stopServer() throws IOException, InterruptedException {
		asPostgres(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "-t", "60", "stop");
	}

	/**
	 * Starts the server on the cluster's directory and port; returns once it accepts
	 * connections.
	 */
	void startServer() throws IOException, InterruptedException {
		asPostgres(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
				directory.resolve("server.log").toString(), "-w", "-t", "60", "-o",
				"-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1 -c max_connections=200", "start");
	}

	String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(jdbcUrl(), "postgres", "");
	}

	@Override
	public void close() {
		try {
			if (started) {
				asPostgres(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop");
				started = false;
			}
		}
		catch (IOException | InterruptedException | RuntimeException ex) {
			System.err.println("load: stopping the private cluster failed: " + ex.getMessage());
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			List<Path> all = new ArrayList<>(paths.sorted(Comparator.reverseOrder()).toList());
			for (Path path : all) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			System.err.println("load: removing " + directory + " failed: " + ex.getMessage());
		}
	}

	private static void asPostgres(String... command) throws IOException, InterruptedException {
		List<String> all = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
		all.addAll(List.of(command));
		run(all.toArray(String[]::new));
	}

	private static void run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (process.waitFor() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
		}
	}

}
