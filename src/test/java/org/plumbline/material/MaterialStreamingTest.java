package org.plumbline.material;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plumbline.PlumblineApplication;
import org.plumbline.testsupport.FreePorts;
import org.plumbline.testsupport.WebClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.util.FileSystemUtils;

/**
 * Issue 14, point 8: a 50 MiB file goes in and comes out of a server whose heap could not
 * hold it twice. The server runs in a JVM of its own with {@code -Xmx112m} and
 * {@code -XX:+ExitOnOutOfMemoryError}: the running application keeps some 60 MiB live of
 * its own (measured after start-up, on H2), so besides it the heap has room for one copy
 * of the file at most, never two. It runs on the database it would use in production,
 * with the default settings ({@link #databaseArguments}: the embedded H2 file here,
 * PostgreSQL in the twin). The test sends the file from disk, reads the download through
 * a digest, and checks that both answers came, the bytes are the same and the server
 * still runs: a server that held the file whole for the upload and again for the database
 * or the download would have ended with an out-of-memory error (as it did, on H2, before
 * H2 was told to write each commit at once). The server's GC log is summed up on the
 * standard output.
 */
class MaterialStreamingTest {

	static final int FILE_BYTES = 50 * 1024 * 1024;

	static final String HEAP = "-Xmx112m";

	static final String ADMIN_EMAIL = "admin@streaming.test";

	static final String ADMIN_PASSWORD = "streaming admin password";

	@TempDir
	Path directory;

	Process server;

	Path log;

	@BeforeEach
	void logFile() {
		log = directory.resolve("server.log");
	}

	@AfterEach
	void stopServer() throws InterruptedException {
		if (server != null) {
			server.destroy();
			if (!server.waitFor(30, TimeUnit.SECONDS)) {
				server.destroyForcibly().waitFor();
			}
		}
		cleanUp();
	}

	@Test
	void aFiftyMegabyteFileGoesInAndComesOutOfAHeapThatCouldNotHoldItTwice() throws Exception {
		long topicId = eventWithATalk();
		Path file = directory.resolve("big.pdf");
		String sha256 = writePdf(file);
		int port = FreePorts.next();
		startServer(port);
		WebClient organiser = WebClient.browser(port).signedIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		String page = "/manage/stream_conf/talks/" + topicId + "/materials";
		String csrf = organiser.page(page).select("form[action=" + page + "/files] input[name=_csrf]").attr("value");

		HttpRequest upload = multipart(organiser.uri(page + "/files"), csrf, file);

		HttpResponse<String> uploaded = answer(() -> organiser.send(upload));

		assertThat(uploaded.statusCode()).as("upload answered; server log:%n%s", tail()).isEqualTo(302);
		String href = organiser.page(page).select("table.materials a").attr("href");
		assertThat(href).startsWith("/stream_conf/materials/");
		HttpResponse<InputStream> download = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(organiser.uri(href)).build(), HttpResponse.BodyHandlers.ofInputStream());
		assertThat(download.statusCode()).isEqualTo(200);
		MessageDigest digest = sha256();
		long received;
		try (InputStream body = new DigestInputStream(download.body(), digest)) {
			received = body.transferTo(OutputStream.nullOutputStream());
		}
		assertThat(received).isEqualTo(FILE_BYTES);
		assertThat(HexFormat.of().formatHex(digest.digest())).isEqualTo(sha256);
		assertThat(server.isAlive()).as("the server ran out of memory:%n%s", tail()).isTrue();
		System.out.println("Streaming 50 MiB in and out with " + HEAP + ": " + heapFigures());
	}

	/** The server's answer; if none came, the end of its log says why. */
	private <T> T answer(java.util.function.Supplier<T> request) {
		try {
			return request.get();
		}
		catch (RuntimeException noAnswer) {
			throw new AssertionError("No answer from the server; its log ends:\n" + tail(), noAnswer);
		}
	}

	/** The database the server runs on; the twin on PostgreSQL overrides it. */
	String jdbcUrl() {
		return "jdbc:h2:file:" + directory.resolve("db").resolve("plumbline");
	}

	/** How the server is told its database: by its data directory, as a user would. */
	List<String> databaseArguments() {
		return List.of("--plumbline.data-dir=" + directory.resolve("db"));
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(jdbcUrl(), "sa", "");
	}

	void cleanUp() {
		FileSystemUtils.deleteRecursively(directory.resolve("db").toFile());
	}

	/**
	 * The schema as the server's Flyway makes it, and an event with an accepted talk of a
	 * plain track, which the site admin may attach files to.
	 */
	private long eventWithATalk() throws SQLException {
		try (Connection connection = connect()) {
			Flyway.configure()
				.dataSource(new SingleConnectionDataSource(connection, true))
				.locations("classpath:db/migration")
				.load()
				.migrate();
			execute(connection, """
					INSERT INTO event (slug, name, start_date, end_date, time_zone)
					VALUES ('stream_conf', 'Streaming Conference', DATE '2030-05-06', DATE '2030-05-08', 'UTC')""");
			execute(connection, """
					INSERT INTO plain_track (event_id, slug, name, durations)
					SELECT id, 'talks', 'Talks', '30' FROM event WHERE slug = 'stream_conf'""");
			try (PreparedStatement insert = connection.prepareStatement("""
					INSERT INTO topic (guid, event_id, plain_track_id, state, title, abstract, duration_minutes,
					                   submission_key, created_at, updated_at, submitted_at)
					SELECT ?, e.id, t.id, 'ACCEPTED', 'Large slides', 'About them.', 30, 'streaming', ?, ?, ?
					FROM event e JOIN plain_track t ON t.event_id = e.id WHERE e.slug = 'stream_conf'""")) {
				Timestamp now = Timestamp.from(Instant.parse("2030-01-01T00:00:00Z"));
				insert.setObject(1, UUID.randomUUID());
				insert.setTimestamp(2, now);
				insert.setTimestamp(3, now);
				insert.setTimestamp(4, now);
				insert.executeUpdate();
			}
			try (ResultSet id = connection.createStatement()
				.executeQuery("SELECT id FROM topic WHERE submission_key = 'streaming'")) {
				id.next();
				return id.getLong(1);
			}
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (var statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	/** A PDF's header and seeded random bytes, written in pieces; its SHA-256. */
	private static String writePdf(Path file) throws IOException {
		MessageDigest digest = sha256();
		Random random = new Random(14);
		byte[] piece = new byte[1024 * 1024];
		try (OutputStream out = Files.newOutputStream(file)) {
			for (int written = 0; written < FILE_BYTES; written += piece.length) {
				random.nextBytes(piece);
				if (written == 0) {
					byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
					System.arraycopy(header, 0, piece, 0, header.length);
				}
				digest.update(piece);
				out.write(piece);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private void startServer(int port) throws IOException, InterruptedException {
		String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
		List<String> command = new ArrayList<>(
				List.of(java, HEAP, "-XX:+ExitOnOutOfMemoryError", "-Xlog:gc:file=" + directory.resolve("gc.log"),
						"-cp", applicationClassPath(), PlumblineApplication.class.getName(), "--server.port=" + port,
						"--plumbline.demo.enabled=false", "--plumbline.admin.email=" + ADMIN_EMAIL,
						"--plumbline.admin.password=" + ADMIN_PASSWORD, "--plumbline.mail.enabled=false",
						"--plumbline.scheduling.enabled=false", "--plumbline.public-url=http://localhost:" + port));
		command.addAll(databaseArguments());
		server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		HttpClient http = HttpClient.newHttpClient();
		Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
		while (Instant.now().isBefore(giveUp)) {
			assertThat(server.isAlive()).as("the server stopped while starting:%n%s", tail()).isTrue();
			try {
				if (http
					.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
							HttpResponse.BodyHandlers.discarding())
					.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYetListening) {
				// the server is still starting
			}
			Thread.sleep(500);
		}
		throw new AssertionError("The server did not start in 3 minutes:\n" + tail());
	}

	/**
	 * The application's class path without the tests' classes, so that the server is the
	 * application alone (no test configuration is scanned into it).
	 */
	private static String applicationClassPath() {
		return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
			.reduce((a, b) -> a + File.pathSeparator + b)
			.orElseThrow();
	}

	/** The multipart form a browser sends, its file streamed from disk. */
	private static HttpRequest multipart(URI uri, String csrf, Path file) throws IOException {
		String boundary = "----plumbline-streaming-" + System.nanoTime();
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nLarge slides\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n";
		String tail = "\r\n--" + boundary + "--\r\n";
		return HttpRequest.newBuilder(uri)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head),
					HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofString(tail)))
			.build();
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The largest heap in use before and after a collection, from the server's GC log.
	 */
	private String heapFigures() throws IOException {
		Pattern pause = Pattern.compile("Pause (?:Young|Full).*?(\\d+)M->(\\d+)M\\((\\d+)M\\)");
		int before = 0;
		int after = 0;
		int collections = 0;
		for (String line : Files.readAllLines(directory.resolve("gc.log"))) {
			Matcher matcher = pause.matcher(line);
			if (matcher.find()) {
				collections++;
				before = Math.max(before, Integer.parseInt(matcher.group(1)));
				after = Math.max(after, Integer.parseInt(matcher.group(2)));
			}
		}
		return Map
			.of("pauses", collections, "most in use before a pause (MiB)", before, "most in use after a pause (MiB)",
					after)
			.toString();
	}

	private String tail() {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException unreadable) {
			return "(no server log: " + unreadable.getMessage() + ")";
		}
	}

}
